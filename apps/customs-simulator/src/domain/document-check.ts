import { CustomsDocumentOf, CustomsMessageType, FieldError, validateCustomsDocument } from '@lhasa/contracts';

/** The keys customs looks documents up by when it matches an inventory list. */
export interface DocumentKeys {
  orderNo: string | null;
  ebcCode: string | null;
  ebpCode: string | null;
  payCode: string | null;
  payTransactionId: string | null;
  logisticsCode: string | null;
  logisticsNo: string | null;
}

/** A valid document gives its keys and itself as its contract class (normalised: trimmed numbers, canonical amounts). */
export type DocumentCheck = { valid: true; keys: DocumentKeys; value: object } | { valid: false; errors: FieldError[] };

/** A stored document read back as its contract class (additive fields tolerated). */
export function parseCustomsDocument<T extends CustomsMessageType>(messageType: T, document: unknown): { value: CustomsDocumentOf<T> } | { errors: FieldError[] } {
  return validateCustomsDocument(messageType, document, { forbidUnknown: false });
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The matching keys each message type is stored with: what customs finds a document's partners
 * by (order, payment, waybill of a list; the lists of a waybill) and locks its order with.
 */
const KEY_FIELDS: Record<CustomsMessageType, ReadonlyArray<keyof DocumentKeys>> = {
  CEB311: ['orderNo', 'ebcCode', 'ebpCode', 'payCode', 'payTransactionId'],
  CEB411: ['orderNo', 'ebpCode', 'payCode', 'payTransactionId'],
  CEB511: ['orderNo', 'logisticsCode', 'logisticsNo'],
  CEB621: ['orderNo', 'ebcCode', 'ebpCode', 'logisticsCode', 'logisticsNo'],
  CEB623: ['orderNo', 'ebcCode'],
  CEB625: ['orderNo', 'ebcCode'],
  CEB303: ['orderNo', 'ebcCode', 'ebpCode'],
  CEB403: ['orderNo', 'ebcCode', 'ebpCode', 'payCode'],
  CEB505: ['logisticsCode', 'logisticsNo'],
  CEB507: ['logisticsCode'],
  CEB509: ['logisticsCode'],
  CEB603: ['orderNo', 'ebcCode', 'ebpCode', 'logisticsCode', 'logisticsNo'],
  CEB605: ['ebcCode'],
  CEB701: ['ebcCode'],
  INV101: [],
  SAS121: [],
};

/**
 * What a real customs checks on receipt: the document against its message type's contract
 * class, the same table the senders validate against (a verification list needs lines; a gate
 * pass names its verification list or lists its goods). Valid documents give their keys.
 */
export function checkDocument(messageType: CustomsMessageType, document: Record<string, unknown>): DocumentCheck {
  const parsed = parseCustomsDocument(messageType, document);
  if ('errors' in parsed) return { valid: false, errors: parsed.errors };
  const value = parsed.value as unknown as Record<string, unknown>;
  const fields = KEY_FIELDS[messageType];
  const key = (field: keyof DocumentKeys) => (fields.includes(field) ? text(value[field]) : null);
  const keys: DocumentKeys = {
    orderNo: key('orderNo'),
    ebcCode: key('ebcCode'),
    ebpCode: key('ebpCode'),
    payCode: key('payCode'),
    payTransactionId: key('payTransactionId'),
    logisticsCode: key('logisticsCode'),
    logisticsNo: key('logisticsNo'),
  };
  return { valid: true, keys, value: parsed.value };
}

/** "invalid document: lines.0.qty: …; ebcCode: …" — the reason a 100 carries. */
export function describeFieldErrors(errors: FieldError[]): string {
  return `invalid document: ${errors.map((e) => (e.message.startsWith(e.field) ? e.message : `${e.field}: ${e.message}`)).join('; ')}`;
}
