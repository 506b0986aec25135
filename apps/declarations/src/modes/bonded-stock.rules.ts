import type { FieldError } from '@lhasa/domain';

export interface LedgerReferences {
  tradeMode: string;
  emsNo?: string | null;
  /** The zone enterprise operating the ledger: areaCode on an import list. */
  areaCode?: string | null;
  /** The same on an export list (区内企业). */
  iacCode?: string | null;
  lines: ReadonlyArray<{ gnum?: number; itemRecordNo?: string | null }>;
}

const blank = (value: string | null | undefined) => value === undefined || value === null || value.trim() === '';

const OPERATOR_REQUIRED = { areaCode: 'MODE.AREA_CODE_REQUIRED', iacCode: 'MODE.IAC_CODE_REQUIRED' } as const;

/**
 * A list that draws on the zone warehouse's bonded stock names the e-ledger (emsNo), the zone
 * enterprise operating it (areaCode on import, iacCode on export: the warehouse draws only on a
 * ledger that enterprise operates, domain.md §3c) and, on every line, the ledger line
 * (itemRecordNo) the stock moves on (§7).
 */
export function checkLedgerReferences(list: LedgerReferences, operatorField: 'areaCode' | 'iacCode' = 'areaCode'): FieldError[] {
  const errors: FieldError[] = [];
  if (blank(list.emsNo)) {
    errors.push({ code: 'MODE.EMS_NO_REQUIRED', field: 'emsNo', message: `a ${list.tradeMode} list needs emsNo, the zone warehouse's e-ledger number` });
  }
  if (blank(list[operatorField])) {
    errors.push({
      code: OPERATOR_REQUIRED[operatorField],
      field: operatorField,
      message: `a ${list.tradeMode} list needs ${operatorField}, the zone warehouse enterprise operating its e-ledger`,
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
