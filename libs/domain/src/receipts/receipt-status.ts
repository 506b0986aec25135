/**
 * The receipt statuses (回执 returnStatus) of domain.md §5 and what each means.
 * Kinds: progress moves a declaration forward, failure stops or sets it back, success lets
 * goods move (800), final success closes it (899; 120 for order, payment and waybill).
 */
export type ReceiptKind = 'progress' | 'failure' | 'success' | 'final-success';

export interface ReceiptStatusInfo {
  readonly meaning: string;
  readonly kind: ReceiptKind;
}

export const ReceiptStatus = {
  STORED: 1,
  DECLARING: 2,
  SENT_TO_CUSTOMS: 3,
  SEND_FAILED: 4,
  REJECTED: 100,
  ACCEPTED: 120,
  MANUAL_REVIEW: 300,
  APPROVED: 399,
  INSPECTION: 500,
  RETURNED_ABROAD: 700,
  RELEASED: 800,
  CLOSED: 899,
} as const;

const FIXED: Readonly<Record<number, ReceiptStatusInfo>> = {
  1: { meaning: 'stored (暂存)', kind: 'progress' },
  2: { meaning: 'declaring (申报中)', kind: 'progress' },
  3: { meaning: 'sent to customs (发送海关成功)', kind: 'progress' },
  4: { meaning: 'sending to customs failed (发送海关失败)', kind: 'failure' },
  100: { meaning: 'rejected by customs (海关退单)', kind: 'failure' },
  120: { meaning: 'accepted into customs store (海关入库)', kind: 'progress' },
  300: { meaning: 'manual review (人工审核)', kind: 'progress' },
  399: { meaning: 'examined and approved (海关审结)', kind: 'progress' },
  500: { meaning: 'physical inspection (查验)', kind: 'progress' },
  700: { meaning: 'returned abroad (退运)', kind: 'failure' },
  800: { meaning: 'released (放行)', kind: 'success' },
  899: { meaning: 'closed (结关)', kind: 'final-success' },
};

/** Meaning and kind of a status, or undefined for a code the standard does not define. */
export function describeReceiptStatus(code: number): ReceiptStatusInfo | undefined {
  if (!Number.isInteger(code)) return undefined;
  if (code < 0) return { meaning: 'processing error (处理异常)', kind: 'failure' };
  if (code >= 501 && code <= 599) return { meaning: 'held (扣留)', kind: 'failure' };
  return FIXED[code];
}

export const isKnownReceiptStatus = (code: number): boolean => describeReceiptStatus(code) !== undefined;

export function isFailureReceipt(code: number): boolean {
  return describeReceiptStatus(code)?.kind === 'failure';
}

