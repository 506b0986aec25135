import { formatQuantity, parseQuantity } from '@lhasa/domain';
import { compareKeys } from './stock-rules';

/**
 * Movements of goods in an overseas warehouse. RECEIVED: a released 9810 list's goods arrived in
 * its stock; CANCELLED: that list was cancelled before its goods departed, so they come off again
 * (at most what it brought: CHECK cancelled ≤ received). The exporter's later reports of what the
 * warehouse sold or took back will be kinds of their own here, each with its counter
 * (OVERSEAS_MOVEMENT_COLUMN) and the journal's CHECK.
 */
export const OverseasMovementKinds = ['RECEIVED', 'CANCELLED', 'SOLD', 'RETURNED'] as const;
export type OverseasMovementKind = (typeof OverseasMovementKinds)[number];

/** The exporter's reports: SOLD lowers the stock (never below zero), RETURNED (buyers' returns) raises it, never more than was sold. */
export const OverseasReportKinds = ['SOLD', 'RETURNED'] as const;
export type OverseasReportKind = (typeof OverseasReportKinds)[number];

export const OVERSEAS_MOVEMENT_COLUMN: Record<OverseasMovementKind, { column: string; sign: '+' | '-' }> = {
  RECEIVED: { column: 'received', sign: '+' },
  CANCELLED: { column: 'cancelled', sign: '+' },
  SOLD: { column: 'sold', sign: '+' },
  RETURNED: { column: 'returned', sign: '+' },
};

/** One stock line's cumulative counters, decimal strings. */
export interface OverseasCounters {
  received: string;
  cancelled: string;
  sold: string;
  returned: string;
}

/** In the warehouse now: received − cancelled − sold + returned. */
export function overseasOnHand(c: OverseasCounters): string {
  const n = parseQuantity;
  return formatQuantity(n(c.received) - n(c.cancelled) - n(c.sold) + n(c.returned));
}

export interface OverseasRefusal {
  code: 'WAREHOUSE.OVERSEAS_STOCK_INSUFFICIENT' | 'WAREHOUSE.OVERSEAS_RETURN_EXCEEDS_SOLD';
  message: string;
}

/** Why a reported line cannot move a stock line (undefined: no such line yet), or undefined when it can. */
export function checkOverseasReport(kind: OverseasReportKind, line: OverseasGoodsLine, counters: OverseasCounters | undefined): OverseasRefusal | undefined {
  const zero: OverseasCounters = { received: '0', cancelled: '0', sold: '0', returned: '0' };
  const c = counters ?? zero;
  const goods = `${line.gcode} ${line.gname} (${line.unit})`;
  if (kind === 'SOLD') {
    const limit = parseQuantity(overseasOnHand(c));
    if (parseQuantity(line.qty) > limit) {
      return { code: 'WAREHOUSE.OVERSEAS_STOCK_INSUFFICIENT', message: `${goods}: sold ${line.qty}, on hand is ${formatQuantity(limit < 0n ? 0n : limit)}` };
    }
    return undefined;
  }
  const limit = parseQuantity(c.sold) - parseQuantity(c.returned);
  if (parseQuantity(line.qty) > limit) {
    return { code: 'WAREHOUSE.OVERSEAS_RETURN_EXCEEDS_SOLD', message: `${goods}: returned ${line.qty}, sold and not yet returned is ${formatQuantity(limit)}` };
  }
  return undefined;
}

/**
 * Goods as an export list declares them. A 9810 list's lines carry no ledger line, so the goods
 * are known by HS code, name and declared unit: one stock line per (exporter, gcode, gname, unit).
 */
export interface OverseasGoodsLine {
  gcode: string;
  gname: string;
  unit: string;
  qty: string;
}

const goodsKey = (l: Omit<OverseasGoodsLine, 'qty'>) => JSON.stringify([l.gcode, l.gname, l.unit]);

/** One entry per goods with the summed quantity, in one fixed order (rows are locked in it). */
export function sumByGoods(lines: readonly OverseasGoodsLine[]): OverseasGoodsLine[] {
  const sums = new Map<string, { line: Omit<OverseasGoodsLine, 'qty'>; qty: bigint }>();
  for (const { qty, ...goods } of lines) {
    const key = goodsKey(goods);
    const entry = sums.get(key) ?? { line: { gcode: goods.gcode, gname: goods.gname, unit: goods.unit }, qty: 0n };
    entry.qty += parseQuantity(qty);
    sums.set(key, entry);
  }
  return [...sums.keys()].sort(compareKeys).map((key) => ({ ...sums.get(key)!.line, qty: formatQuantity(sums.get(key)!.qty) }));
}
