import type { FieldError } from '@lhasa/domain';

export interface LedgerReferences {
  tradeMode: string;
  emsNo?: string | null;
  areaCode?: string | null;
  lines: ReadonlyArray<{ gnum?: number; itemRecordNo?: string | null }>;
}

const blank = (value: string | null | undefined) => value === undefined || value === null || value.trim() === '';

/**
 * A list that draws on the zone warehouse's bonded stock names the e-ledger (emsNo), the zone
 * enterprise operating it (areaCode: the warehouse draws only on a ledger its areaCode operates,
 * domain.md §3c) and, on every line, the ledger line (itemRecordNo) the stock moves on (§7).
 */
export function checkLedgerReferences(list: LedgerReferences): FieldError[] {
  const errors: FieldError[] = [];
  if (blank(list.emsNo)) {
    errors.push({ code: 'MODE.EMS_NO_REQUIRED', field: 'emsNo', message: `a ${list.tradeMode} list needs emsNo, the zone warehouse's e-ledger number` });
  }
  if (blank(list.areaCode)) {
    errors.push({
      code: 'MODE.AREA_CODE_REQUIRED',
      field: 'areaCode',
      message: `a ${list.tradeMode} list needs areaCode, the zone warehouse enterprise operating its e-ledger`,
    });
  }
  list.lines.forEach((line, index) => {
    if (blank(line.itemRecordNo)) {
      errors.push({
        code: 'MODE.ITEM_RECORD_NO_REQUIRED',
        field: `lines.${index}.itemRecordNo`,
        message: `line ${line.gnum ?? index + 1} of a ${list.tradeMode} list needs itemRecordNo, its e-ledger line`,
      });
    }
  });
  return errors;
}

/**
 * A list that does not draw on bonded stock names no e-ledger: emsNo on a list event means
 * "this list moves that ledger's stock", so the warehouse and statistics need no mode table.
 */
export function checkNoLedger(list: LedgerReferences): FieldError[] {
  if (blank(list.emsNo)) return [];
  return [{ code: 'MODE.EMS_NO_NOT_ALLOWED', field: 'emsNo', message: `a ${list.tradeMode} list does not draw on bonded stock; leave emsNo out` }];
}
