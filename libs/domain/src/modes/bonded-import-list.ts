import { FieldError } from '../shared/field-error';
import { isBondedImportMode } from './trade-modes';

export interface BondedImportListShape {
  tradeMode: string;
  ieFlag: string;
  emsNo?: string | null;
  lines: ReadonlyArray<{ gnum?: number; itemRecordNo?: string | null }>;
}

const blank = (value: string | null | undefined) => value === undefined || value === null || value.trim() === '';

/**
 * A 1210/1239 import list draws on the zone warehouse's bonded stock, so it must name the
 * e-ledger (emsNo) and, on every line, the ledger line (itemRecordNo) the stock is reduced
 * from (domain.md §7). Other lists pass untouched.
 */
export function checkBondedImportList(list: BondedImportListShape): FieldError[] {
  if (list.ieFlag !== 'I' || !isBondedImportMode(list.tradeMode)) return [];
  const errors: FieldError[] = [];
  if (blank(list.emsNo)) {
    errors.push({ code: 'MODE.EMS_NO_REQUIRED', field: 'emsNo', message: `a ${list.tradeMode} import list needs emsNo, the zone warehouse's e-ledger number` });
  }
  list.lines.forEach((line, index) => {
    if (blank(line.itemRecordNo)) {
      errors.push({
        code: 'MODE.ITEM_RECORD_NO_REQUIRED',
        field: `lines.${index}.itemRecordNo`,
        message: `line ${line.gnum ?? index + 1} of a ${list.tradeMode} import list needs itemRecordNo, its e-ledger line`,
      });
    }
  });
  return errors;
}
