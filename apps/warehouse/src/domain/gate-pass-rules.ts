import { formatQuantity, parseQuantity } from '@lhasa/domain';
import { sumByItemRecordNo } from './stock-rules';

interface QtyLine {
  itemRecordNo: string;
  qty: string;
}

export interface OverCarried {
  itemRecordNo: string;
  /** What the list holds of the line. */
  onList: string;
  /** What the list's other live passes carry already. */
  carried: string;
  /** What this pass would add. */
  requested: string;
}

/**
 * Lines a new truck of a one-list-many-trucks pass would carry beyond its list: the list's lines
 * less what its other live passes carry. A line the list does not hold is over by all of it.
 */
export function overCarried(listLines: readonly QtyLine[], carriedByOthers: readonly QtyLine[], requested: readonly QtyLine[]): OverCarried[] {
  const onList = new Map(sumByItemRecordNo(listLines).map((l) => [l.itemRecordNo, parseQuantity(l.qty)]));
  const carried = new Map(sumByItemRecordNo(carriedByOthers).map((l) => [l.itemRecordNo, parseQuantity(l.qty)]));
  return sumByItemRecordNo(requested)
    .filter((l) => (carried.get(l.itemRecordNo) ?? 0n) + parseQuantity(l.qty) > (onList.get(l.itemRecordNo) ?? 0n))
    .map((l) => ({
      itemRecordNo: l.itemRecordNo,
      onList: formatQuantity(onList.get(l.itemRecordNo) ?? 0n),
      carried: formatQuantity(carried.get(l.itemRecordNo) ?? 0n),
      requested: l.qty,
    }));
}

/** Whether the passed trucks of a list have carried all of it. */
export function allCarried(listLines: readonly QtyLine[], passed: readonly QtyLine[]): boolean {
  const out = new Map(sumByItemRecordNo(passed).map((l) => [l.itemRecordNo, parseQuantity(l.qty)]));
  return sumByItemRecordNo(listLines).every((l) => (out.get(l.itemRecordNo) ?? 0n) >= parseQuantity(l.qty));
}
