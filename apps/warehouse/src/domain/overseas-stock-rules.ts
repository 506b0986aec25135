import { formatQuantity, parseQuantity } from '@lhasa/domain';
import { compareKeys } from './stock-rules';

/**
 * Movements of goods in an overseas warehouse. RECEIVED: a released 9810 list's goods arrived in
 * its stock; CANCELLED: that list was cancelled before its goods departed, so they come off again
 * (at most what it brought: CHECK cancelled ≤ received). The exporter's later reports of what the
 * warehouse sold or took back will be kinds of their own here, each with its counter
 * (OVERSEAS_MOVEMENT_COLUMN) and the journal's CHECK.
 */
export const OverseasMovementKinds = ['RECEIVED', 'CANCELLED'] as const;
export type OverseasMovementKind = (typeof OverseasMovementKinds)[number];

export const OVERSEAS_MOVEMENT_COLUMN: Record<OverseasMovementKind, { column: string; sign: '+' | '-' }> = {
  RECEIVED: { column: 'received', sign: '+' },
  CANCELLED: { column: 'cancelled', sign: '+' },
};

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
