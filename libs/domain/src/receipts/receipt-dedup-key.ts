/** What identifies one receipt: the same four values twice is the same receipt delivered twice. */
export interface ReceiptIdentity {
  messageType: string;
  businessKey: string;
  returnStatus: number;
  returnTime: string;
}

/**
 * The de-duplication key of domain.md §5. returnTime is normalised to UTC when it parses, so
 * "…T10:00:00+08:00" and "…T02:00:00Z" are the same receipt; JSON keeps the parts unambiguous
 * even when a business key contains the separator.
 */
export function receiptDedupKey(receipt: ReceiptIdentity): string {
  const text = receipt.returnTime.trim();
  // Only ISO 8601 is normalised: Date.parse guesses at other shapes ("1" parses as 2001).
  const parsed = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN;
  const time = Number.isNaN(parsed) ? text : new Date(parsed).toISOString();
  return JSON.stringify([receipt.messageType, receipt.businessKey, receipt.returnStatus, time]);
}
