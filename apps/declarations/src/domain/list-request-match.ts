import { FieldError, normaliseIdNumber } from '@lhasa/domain';
import { InventoryListEntity } from './inventory-list.entity';

/** The head fields of a cancel or return (CEB623/CEB605/CEB625) that repeat the list's. */
export interface ListRequestHead {
  customsCode: string;
  copNo?: string;
  preNo?: string;
  orderNo?: string;
  ebpCode?: string;
  ebcCode: string;
  logisticsCode?: string;
  logisticsNo?: string;
  buyerIdNumber?: string;
}

const IMPORT_FIELDS = ['customsCode', 'orderNo', 'ebpCode', 'ebcCode', 'logisticsCode', 'logisticsNo', 'buyerIdNumber', 'copNo', 'preNo'] as const;
const EXPORT_FIELDS = ['customsCode', 'ebcCode', 'copNo', 'preNo'] as const;
/** Optional in the messages: checked only when the request gives them (preNo also only once the list has one). */
const WHEN_GIVEN: ReadonlySet<string> = new Set(['copNo', 'preNo']);

function listValue(list: InventoryListEntity, field: (typeof IMPORT_FIELDS)[number]): string | null {
  switch (field) {
    case 'customsCode':
      return typeof list.document.customsCode === 'string' ? list.document.customsCode : null;
    case 'preNo':
      return list.preNo;
    default:
      return list[field];
  }
}

/**
 * The fields at which a cancel or return disagrees with the list it names, in the message's
 * order, each as an error with `code`. The buyer is compared in its one normalised form.
 */
export function headMismatches(code: string, list: InventoryListEntity, head: ListRequestHead): FieldError[] {
  const fields = list.ieFlag === 'I' ? IMPORT_FIELDS : EXPORT_FIELDS;
  const out: FieldError[] = [];
  for (const field of fields) {
    const given = head[field];
    const expected = listValue(list, field);
    if (given === undefined && WHEN_GIVEN.has(field)) continue;
    if (field === 'preNo' && expected === null) continue;
    const same = field === 'buyerIdNumber' && given !== undefined ? normaliseIdNumber(given) === expected : given === expected;
    if (!same) out.push({ code, field, message: `${field} ${JSON.stringify(given ?? null)} is not the list's ${JSON.stringify(expected)}` });
  }
  return out;
}
