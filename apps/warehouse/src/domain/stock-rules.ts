import { formatQuantity, parseQuantity } from '@lhasa/domain';

/**
 * The ledger rules of domain.md §7 as pure functions over a line's four cumulative quantities
 * (预增 / 实增 / 预减 / 实减) and the goods taken back by return entries (退货实增, §3b), all
 * decimal strings; arithmetic is in exact 1e-5 units.
 */
export const MovementKinds = ['PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE', 'RETURN_INCREASE', 'STOCKTAKE_GAIN', 'STOCKTAKE_LOSS', 'STOCKTAKE_HOLD', 'STOCKTAKE_HOLD_RELEASE'] as const;
export type MovementKind = (typeof MovementKinds)[number];

export interface LineQuantities {
  preIncreased: string;
  actualIncreased: string;
  preReduced: string;
  actualReduced: string;
  /**
   * 实增 by return: consumer returns taken back on the line (return entries). Kept apart from 实增
   * so 实增 ≤ 预增 still says "never gated in more than customs approved".
   */
  returnIncreased: string;
  /** Found by stock-takes (盘盈) and missing at them (盘亏), cumulative; absent counts as 0. */
  stockTakeGain?: string;
  stockTakeLoss?: string;
  /** Held by stock-take losses waiting for customs (not available, still on hand); absent counts as 0. */
  stockTakeHeld?: string;
}

export interface LineState extends LineQuantities {
  itemRecordNo: string;
  suspended: boolean;
}

export interface StockRefusal {
  code: string;
  itemRecordNo: string;
  requested: string;
  /** What the line allows for this kind of movement, when a quantity is the reason. */
  available?: string;
  message: string;
}

/**
 * Suspension blocks what moves goods or promises them (pre-reduction, gate in, gate out, returned
 * goods taken back onto the line). A customs approval (pre-increase) and the return of a
 * pre-reduction are facts already decided elsewhere: refusing them would only make the ledger
 * disagree with customs.
 */
const BLOCKED_WHEN_SUSPENDED: ReadonlySet<MovementKind> = new Set(['PRE_REDUCE', 'ACTUAL_INCREASE', 'ACTUAL_REDUCE', 'RETURN_INCREASE']);

/** Everything that actually came in: 实增 plus 实增 by return, corrected by the stock-takes. */
function actuallyIn(q: LineQuantities): bigint {
  return parseQuantity(q.actualIncreased) + parseQuantity(q.returnIncreased) + parseQuantity(q.stockTakeGain ?? '0') - parseQuantity(q.stockTakeLoss ?? '0');
}

/** Goods physically in the warehouse: 实增 + 退货实增 + 盘盈 − 盘亏 − 实减. */
export function onHand(q: LineQuantities): string {
  return formatQuantity(actuallyIn(q) - parseQuantity(q.actualReduced));
}

/** What is neither promised to lists nor held by a pending stock-take loss. */
function unpromised(q: LineQuantities): bigint {
  return actuallyIn(q) - parseQuantity(q.preReduced) - parseQuantity(q.stockTakeHeld ?? '0');
}

/** What a new pre-reduction may take: 实增 + 退货实增 + 盘盈 − 盘亏 − 预减 − held. */
export function availableForPreReduction(q: LineQuantities): string {
  return formatQuantity(unpromised(q));
}

/** The most a movement of `kind` may move now; undefined when nothing bounds it. */
export function headroom(kind: MovementKind, q: LineQuantities): bigint | undefined {
  const n = (s: string) => parseQuantity(s);
  switch (kind) {
    // A return is bounded by what its list took out (the return entry checks that), not by the line.
    case 'PRE_INCREASE':
    case 'RETURN_INCREASE':
    case 'STOCKTAKE_GAIN':
      return undefined;
    case 'ACTUAL_INCREASE':
      return n(q.preIncreased) - n(q.actualIncreased);
    // A loss (and its hold) may not take what is promised to pre-reduced lists: available stays ≥ 0.
    case 'PRE_REDUCE':
    case 'STOCKTAKE_HOLD':
    case 'STOCKTAKE_LOSS':
      return unpromised(q);
    case 'STOCKTAKE_HOLD_RELEASE':
      return n(q.stockTakeHeld ?? '0');
    case 'PRE_REDUCE_RETURN':
    case 'ACTUAL_REDUCE':
      return n(q.preReduced) - n(q.actualReduced);
  }
}

const OVER_LIMIT_CODE: Record<MovementKind, string> = {
  PRE_INCREASE: 'WAREHOUSE.INVALID_MOVEMENT',
  ACTUAL_INCREASE: 'WAREHOUSE.OVER_INCREASE',
  PRE_REDUCE: 'WAREHOUSE.INSUFFICIENT_STOCK',
  PRE_REDUCE_RETURN: 'WAREHOUSE.OVER_RETURN',
  ACTUAL_REDUCE: 'WAREHOUSE.OVER_REDUCTION',
  RETURN_INCREASE: 'WAREHOUSE.INVALID_MOVEMENT',
  STOCKTAKE_GAIN: 'WAREHOUSE.INVALID_MOVEMENT',
  STOCKTAKE_LOSS: 'WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE',
  STOCKTAKE_HOLD: 'WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE',
  STOCKTAKE_HOLD_RELEASE: 'WAREHOUSE.INVALID_MOVEMENT',
};

const LIMIT_NAME: Record<MovementKind, string> = {
  PRE_INCREASE: '',
  ACTUAL_INCREASE: 'approved but not yet gated in (预增 − 实增)',
  PRE_REDUCE: 'available (实增 + 退货实增 − 预减)',
  PRE_REDUCE_RETURN: 'pre-reduced and not yet gated out (预减 − 实减)',
  ACTUAL_REDUCE: 'pre-reduced and not yet gated out (预减 − 实减)',
  RETURN_INCREASE: '',
  STOCKTAKE_GAIN: '',
  STOCKTAKE_LOSS: 'available (on hand less pre-reduced and held)',
  STOCKTAKE_HOLD: 'available (on hand less pre-reduced and held)',
  STOCKTAKE_HOLD_RELEASE: 'held by pending stock-take losses',
};

/** Says why `qty` of `kind` cannot be applied to the line, or undefined when it can. */
export function checkMovement(line: LineState, kind: MovementKind, qty: string): StockRefusal | undefined {
  const requested = parseQuantity(qty);
  if (requested <= 0n) {
    return { code: 'WAREHOUSE.INVALID_MOVEMENT', itemRecordNo: line.itemRecordNo, requested: qty, message: `quantity of line ${line.itemRecordNo} must be positive, got ${qty}` };
  }
  if (line.suspended && BLOCKED_WHEN_SUSPENDED.has(kind)) {
    return {
      code: 'WAREHOUSE.LINE_SUSPENDED',
      itemRecordNo: line.itemRecordNo,
      requested: formatQuantity(requested),
      message: `ledger line ${line.itemRecordNo} is suspended by customs; no goods may move on it`,
    };
  }
  const limit = headroom(kind, line);
  if (limit !== undefined && requested > limit) {
    const available = formatQuantity(limit < 0n ? 0n : limit);
    return {
      code: OVER_LIMIT_CODE[kind],
      itemRecordNo: line.itemRecordNo,
      requested: formatQuantity(requested),
      available,
      message: `line ${line.itemRecordNo}: requested ${formatQuantity(requested)}, ${LIMIT_NAME[kind]} is ${available}`,
    };
  }
  return undefined;
}

/** Which counter column a movement changes and in which direction. */
export const MOVEMENT_COLUMN: Record<MovementKind, { column: string; sign: '+' | '-' }> = {
  PRE_INCREASE: { column: 'pre_increased', sign: '+' },
  ACTUAL_INCREASE: { column: 'actual_increased', sign: '+' },
  PRE_REDUCE: { column: 'pre_reduced', sign: '+' },
  PRE_REDUCE_RETURN: { column: 'pre_reduced', sign: '-' },
  ACTUAL_REDUCE: { column: 'actual_reduced', sign: '+' },
  RETURN_INCREASE: { column: 'return_increased', sign: '+' },
  STOCKTAKE_GAIN: { column: 'stock_take_gain', sign: '+' },
  STOCKTAKE_LOSS: { column: 'stock_take_loss', sign: '+' },
  STOCKTAKE_HOLD: { column: 'stock_take_held', sign: '+' },
  STOCKTAKE_HOLD_RELEASE: { column: 'stock_take_held', sign: '-' },
};

export interface QuantityLine {
  itemRecordNo: string;
  qty: string;
}

/**
 * One entry per itemRecordNo with the summed quantity, sorted by itemRecordNo: a document may
 * list one SKU twice, but the journal holds one movement per (kind, reference, line), and
 * lines are always locked in this order so two transactions never deadlock.
 */
export function sumByItemRecordNo(lines: readonly QuantityLine[]): QuantityLine[] {
  const sums = new Map<string, bigint>();
  for (const line of lines) sums.set(line.itemRecordNo, (sums.get(line.itemRecordNo) ?? 0n) + parseQuantity(line.qty));
  return [...sums.keys()].sort(compareKeys).map((itemRecordNo) => ({ itemRecordNo, qty: formatQuantity(sums.get(itemRecordNo)!) }));
}

/** Code-point order, the same in JS and in PostgreSQL's "C" collation. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
