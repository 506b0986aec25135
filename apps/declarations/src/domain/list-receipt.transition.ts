import { isFailureReceipt, ReceiptStatus, receiptRank, shouldApplyReceipt } from '@lhasa/domain';
import { FINAL_LIST_STATUSES, ListStatus } from './document-status';

/** Status a list takes when a receipt with this code applies. */
const STATUS_BY_CODE: Readonly<Record<number, ListStatus>> = {
  [ReceiptStatus.STORED]: ListStatus.Declared,
  [ReceiptStatus.DECLARING]: ListStatus.Declared,
  [ReceiptStatus.SENT_TO_CUSTOMS]: ListStatus.Declared,
  [ReceiptStatus.ACCEPTED]: ListStatus.Accepted,
  [ReceiptStatus.MANUAL_REVIEW]: ListStatus.ManualReview,
  [ReceiptStatus.APPROVED]: ListStatus.Approved,
  [ReceiptStatus.INSPECTION]: ListStatus.Inspection,
  [ReceiptStatus.RELEASED]: ListStatus.Released,
  [ReceiptStatus.CLOSED]: ListStatus.Closed,
};

/** Lists customs has not got (awaiting stock) or that are over for this service (rejected, cancelled, returned). */
const DEAF: ReadonlySet<ListStatus> = new Set<ListStatus>([ListStatus.AwaitingStock, ...FINAL_LIST_STATUSES]);

export type ListReceiptDecision =
  | { apply: false }
  | { apply: true; status: ListStatus; rejected: boolean; released: boolean };

/**
 * What a receipt does to a list: monotonic by rank (shouldApplyReceipt), and a rejection is
 * final here, because the Rejected event has already sent the warehouse to return the stock; so
 * are a cancel's and a return's outcome (CANCELLED, RETURNED), whatever list receipt comes late.
 */
export function decideListReceipt(list: { status: ListStatus; returnStatus: number | null }, incoming: number): ListReceiptDecision {
  if (DEAF.has(list.status)) return { apply: false };
  if (!shouldApplyReceipt(list.returnStatus, incoming)) return { apply: false };
  if (isFailureReceipt(incoming)) return { apply: true, status: ListStatus.Rejected, rejected: true, released: false };
  const status = STATUS_BY_CODE[incoming];
  if (!status) return { apply: false };
  return { apply: true, status, rejected: false, released: status === ListStatus.Released || status === ListStatus.Closed };
}

/** Orders, payments and waybills: accepted at 120 (their final success), rejected on failure. */
export function decidePartnerReceipt(current: number | null, incoming: number): { apply: false } | { apply: true; status: 'FILED' | 'ACCEPTED' | 'REJECTED' } {
  if (!shouldApplyReceipt(current, incoming)) return { apply: false };
  if (isFailureReceipt(incoming)) return { apply: true, status: 'REJECTED' };
  return { apply: true, status: receiptRank(incoming) >= receiptRank(ReceiptStatus.ACCEPTED) ? 'ACCEPTED' : 'FILED' };
}
