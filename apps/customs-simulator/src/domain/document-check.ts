import {
  CustomsMessageType,
  FieldError,
  ImportInventoryList,
  ImportOrder,
  Payment,
  validatePlain,
  Waybill,
} from '@lhasa/contracts';

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

const CEB_CLASSES = {
  CEB311: ImportOrder,
  CEB411: Payment,
  CEB511: Waybill,
  CEB621: ImportInventoryList,
} as const;

type CebType = keyof typeof CEB_CLASSES;

export const isCebMessage = (t: CustomsMessageType): t is CebType => t in CEB_CLASSES;

/** Validates a CEB document against its contract class; other fields are tolerated. */
export function parseCebDocument<T extends CebType>(messageType: T, document: unknown): { value: InstanceType<(typeof CEB_CLASSES)[T]> } | { errors: FieldError[] } {
  const cls = CEB_CLASSES[messageType] as unknown as new () => InstanceType<(typeof CEB_CLASSES)[T]>;
  return validatePlain(cls, document, { forbidUnknown: false });
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * What a real customs would check on receipt: the CEB shape of the four e-commerce messages;
 * for a verification list (INV101) at least one line; a gate pass (SAS121) bound to a
 * verification list names that list's customs number (bondInvtNo) instead of lines of its own.
 */
export function checkDocument(messageType: CustomsMessageType, document: Record<string, unknown>): DocumentCheck {
  if (isCebMessage(messageType)) {
    const parsed = parseCebDocument(messageType, document);
    if ('errors' in parsed) return { valid: false, errors: parsed.errors };
  } else if (messageType === 'SAS121' && text(document.bondInvtNo)) {
    // A gate pass for an approved verification list carries the goods by reference.
  } else if (!Array.isArray(document.lines) || document.lines.length === 0) {
    const field = messageType === 'SAS121' ? 'bondInvtNo' : 'lines';
    const message = messageType === 'SAS121' ? 'a gate pass must name its verification list (bondInvtNo) or list lines' : 'lines must list at least one line';
    return { valid: false, errors: [{ field, message }] };
  }
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
