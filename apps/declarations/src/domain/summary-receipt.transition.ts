import { isFailureReceipt, ReceiptStatus, shouldApplyReceipt } from '@lhasa/domain';
import { SummaryStatus } from './document-status';

const STATUS_BY_CODE: Readonly<Record<number, SummaryStatus>> = {
  [ReceiptStatus.STORED]: SummaryStatus.Filed,
  [ReceiptStatus.DECLARING]: SummaryStatus.Filed,
  [ReceiptStatus.SENT_TO_CUSTOMS]: SummaryStatus.Filed,
  [ReceiptStatus.ACCEPTED]: SummaryStatus.Accepted,
  [ReceiptStatus.MANUAL_REVIEW]: SummaryStatus.ManualReview,
  [ReceiptStatus.APPROVED]: SummaryStatus.Approved,
  [ReceiptStatus.INSPECTION]: SummaryStatus.Inspection,
  [ReceiptStatus.RELEASED]: SummaryStatus.Released,
  [ReceiptStatus.CLOSED]: SummaryStatus.Closed,
};

export type SummaryReceiptDecision = { apply: false } | { apply: true; status: SummaryStatus; rejected: boolean };

/**
 * What a receipt (CEB702, or the CEB792 result) does to a summary application: monotonic by
 * rank, and a rejection is final here because it freed the summary's lists for another one.
 */
export function decideSummaryReceipt(summary: { status: SummaryStatus; returnStatus: number | null }, incoming: number): SummaryReceiptDecision {
  if (summary.status === SummaryStatus.Rejected) return { apply: false };
  if (!shouldApplyReceipt(summary.returnStatus, incoming)) return { apply: false };
  if (isFailureReceipt(incoming)) return { apply: true, status: SummaryStatus.Rejected, rejected: true };
  const status = STATUS_BY_CODE[incoming];
  return status ? { apply: true, status, rejected: false } : { apply: false };
}
