import { addMoney, formatQuantity, parseQuantity } from '@lhasa/domain';
import { compareKeys } from './stock-rules';
import { ReleasedLine } from './stock-reservation.entity';

export interface ExitLine {
  itemRecordNo: string;
  gcode: string;
  qty: string;
  totalPrice: string;
  country: string;
}

/**
 * The lines of an exit verification list (二线出区): the released inventory lists' lines summed
 * per itemRecordNo (quantity and value), sorted by itemRecordNo. The HS code and origin of a
 * ledger line are one per SKU, so the first seen stands for the group.
 */
export function groupExitLines(lists: ReadonlyArray<readonly ReleasedLine[]>): ExitLine[] {
  const groups = new Map<string, { gcode: string; country: string; qty: bigint; totalPrice: string }>();
  for (const lines of lists) {
    for (const line of lines) {
      const group = groups.get(line.itemRecordNo);
      if (!group) {
        groups.set(line.itemRecordNo, { gcode: line.gcode, country: line.country, qty: parseQuantity(line.qty), totalPrice: addMoney(line.totalPrice) });
      } else {
        group.qty += parseQuantity(line.qty);
        group.totalPrice = addMoney(group.totalPrice, line.totalPrice);
      }
    }
  }
  return [...groups.keys()].sort(compareKeys).map((itemRecordNo) => {
    const g = groups.get(itemRecordNo)!;
    return { itemRecordNo, gcode: g.gcode, qty: formatQuantity(g.qty), totalPrice: g.totalPrice, country: g.country };
  });
}
