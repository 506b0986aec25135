import { isFailureReceipt, ReceiptStatus, receiptRank, shouldApplyReceipt } from '@lhasa/domain';
import { RequestStatus } from './document-status';

export type RequestReceiptDecision = { apply: false } | { apply: true; status: RequestStatus };

const FINAL: ReadonlySet<RequestStatus> = new Set<RequestStatus>([RequestStatus.Approved, RequestStatus.Refused]);

/**
 * What a receipt does to a cancel or a return: by rank (shouldApplyReceipt), so a late or
 * repeated receipt never moves it back; 399 (审结) or beyond approves it, a failure refuses it,
 * and once approved or refused nothing moves it again.
 */
export function decideRequestReceipt(request: { status: RequestStatus; returnStatus: number | null }, incoming: number): RequestReceiptDecision {
  if (FINAL.has(request.status)) return { apply: false };
  if (!shouldApplyReceipt(request.returnStatus, incoming)) return { apply: false };
  if (isFailureReceipt(incoming)) return { apply: true, status: RequestStatus.Refused };
  const rank = receiptRank(incoming);
  if (rank >= receiptRank(ReceiptStatus.APPROVED)) return { apply: true, status: RequestStatus.Approved };
  if (rank >= receiptRank(ReceiptStatus.ACCEPTED)) return { apply: true, status: RequestStatus.Accepted };
  return { apply: true, status: RequestStatus.Filed };
}
