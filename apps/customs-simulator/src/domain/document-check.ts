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

export type DocumentCheck = { valid: true; keys: DocumentKeys } | { valid: false; errors: FieldError[] };

/** A stored document read back as its contract class (additive fields tolerated). */
export function parseCustomsDocument<T extends CustomsMessageType>(messageType: T, document: unknown): { value: CustomsDocumentOf<T> } | { errors: FieldError[] } {
  return validateCustomsDocument(messageType, document, { forbidUnknown: false });
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * What a real customs checks on receipt: the document against its message type's contract
 * class, the same table the senders validate against (a verification list needs lines; a gate
 * pass names its verification list or lists its goods). Valid documents give their keys.
 */
export function checkDocument(messageType: CustomsMessageType, document: Record<string, unknown>): DocumentCheck {
  const parsed = parseCustomsDocument(messageType, document);
  if ('errors' in parsed) return { valid: false, errors: parsed.errors };
  const has = (field: keyof DocumentKeys) => text(document[field]);
  const keys: DocumentKeys = {
    orderNo: has('orderNo'),
    ebcCode: messageType === 'CEB311' || messageType === 'CEB621' ? has('ebcCode') : null,
    ebpCode: has('ebpCode'),
    payCode: has('payCode'),
    payTransactionId: has('payTransactionId'),
    logisticsCode: messageType === 'CEB511' || messageType === 'CEB621' ? has('logisticsCode') : null,
    logisticsNo: messageType === 'CEB511' || messageType === 'CEB621' ? has('logisticsNo') : null,
  };
  return { valid: true, keys };
}

/** "invalid document: lines.0.qty: …; ebcCode: …" — the reason a 100 carries. */
export function describeFieldErrors(errors: FieldError[]): string {
  return `invalid document: ${errors.map((e) => (e.message.startsWith(e.field) ? e.message : `${e.field}: ${e.message}`)).join('; ')}`;
}
