import type { ImportInventoryList } from '@lhasa/contracts';
import { checkBondedImportList, checkModeDocument, FieldError } from '@lhasa/domain';

/**
 * Bonded import (网购保税进口) lists: the mode must be allowed on CEB621, and the list must
 * name the e-ledger (emsNo) and every line's ledger line (itemRecordNo) the stock comes from.
 */
export function checkBondedImportRules(list: ImportInventoryList): FieldError[] {
  return [
    ...checkModeDocument({ tradeMode: list.tradeMode, ieFlag: list.ieFlag, messageType: 'CEB621' }),
    ...checkBondedImportList(list),
  ];
}
