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

/** The value of a key field: an empty text is no key. */
const text = (value: string | undefined): string | null => (value ? value : null);

/**
 * The matching keys each message type is stored with, read from its contract class: what customs
 * finds a document's partners by (order, payment, waybill of a list; the lists of a waybill) and
 * locks its order with.
 */
const KEYS_OF: { [T in CustomsMessageType]: (d: CustomsDocumentOf<T>) => Partial<Record<keyof DocumentKeys, string | undefined>> } = {
  CEB311: (d) => ({ orderNo: d.orderNo, ebcCode: d.ebcCode, ebpCode: d.ebpCode, payCode: d.payCode, payTransactionId: d.payTransactionId }),
  CEB411: (d) => ({ orderNo: d.orderNo, ebpCode: d.ebpCode, payCode: d.payCode, payTransactionId: d.payTransactionId }),
  CEB511: (d) => ({ orderNo: d.orderNo, logisticsCode: d.logisticsCode, logisticsNo: d.logisticsNo }),
  CEB621: (d) => ({ orderNo: d.orderNo, ebcCode: d.ebcCode, ebpCode: d.ebpCode, logisticsCode: d.logisticsCode, logisticsNo: d.logisticsNo }),
  CEB623: (d) => ({ orderNo: d.orderNo, ebcCode: d.ebcCode }),
  CEB625: (d) => ({ orderNo: d.orderNo, ebcCode: d.ebcCode }),
  CEB303: (d) => ({ orderNo: d.orderNo, ebcCode: d.ebcCode, ebpCode: d.ebpCode }),
  CEB403: (d) => ({ orderNo: d.orderNo, ebcCode: d.ebcCode, ebpCode: d.ebpCode, payCode: d.payCode }),
  CEB505: (d) => ({ logisticsCode: d.logisticsCode, logisticsNo: d.logisticsNo }),
  CEB507: (d) => ({ logisticsCode: d.logisticsCode }),
  CEB509: (d) => ({ logisticsCode: d.logisticsCode }),
  CEB603: (d) => ({ orderNo: d.orderNo, ebcCode: d.ebcCode, ebpCode: d.ebpCode, logisticsCode: d.logisticsCode, logisticsNo: d.logisticsNo }),
  CEB605: (d) => ({ ebcCode: d.ebcCode }),
  CEB701: (d) => ({ ebcCode: d.ebcCode }),
  INV101: () => ({}),
  SAS121: () => ({}),
};

/**
 * What a real customs checks on receipt: the document against its message type's contract
 * class, the same table the senders validate against (a verification list needs lines; a gate
 * pass names its verification list or lists its goods). Valid documents give their keys.
 */
export function checkDocument<T extends CustomsMessageType>(messageType: T, document: Record<string, unknown>): DocumentCheck {
  const parsed = parseCustomsDocument(messageType, document);
  if ('errors' in parsed) return { valid: false, errors: parsed.errors };
  const found = KEYS_OF[messageType](parsed.value);
  const keys: DocumentKeys = {
    orderNo: text(found.orderNo),
    ebcCode: text(found.ebcCode),
    ebpCode: text(found.ebpCode),
    payCode: text(found.payCode),
    payTransactionId: text(found.payTransactionId),
    logisticsCode: text(found.logisticsCode),
    logisticsNo: text(found.logisticsNo),
  };
  return { valid: true, keys, value: parsed.value };
}

/** "invalid document: lines.0.qty: …; ebcCode: …" — the reason a 100 carries. */
export function describeFieldErrors(errors: FieldError[]): string {
  return `invalid document: ${errors.map((e) => (e.message.startsWith(e.field) ? e.message : `${e.field}: ${e.message}`)).join('; ')}`;
}
