/**
 * Where an order, payment or waybill stands with customs. 120 is their final success
 * (domain.md §5); a failure receipt rejects them.
 */
export const PartnerDocumentStatus = {
  Filed: 'FILED',
  Accepted: 'ACCEPTED',
  Rejected: 'REJECTED',
} as const;
export type PartnerDocumentStatus = (typeof PartnerDocumentStatus)[keyof typeof PartnerDocumentStatus];

/** The inventory list's lifecycle: stock first for bonded modes, then customs' receipts. */
export const ListStatus = {
  AwaitingStock: 'AWAITING_STOCK',
  Declared: 'DECLARED',
  Accepted: 'ACCEPTED',
  ManualReview: 'MANUAL_REVIEW',
  Approved: 'APPROVED',
  Inspection: 'INSPECTION',
  Released: 'RELEASED',
  Closed: 'CLOSED',
  Rejected: 'REJECTED',
  Cancelled: 'CANCELLED',
} as const;
export type ListStatus = (typeof ListStatus)[keyof typeof ListStatus];

export const LIST_STATUSES = Object.values(ListStatus);

/** Lists that no longer hold the (ebcCode, orderNo) slot nor count toward the annual limit. */
export const DEAD_LIST_STATUSES: readonly ListStatus[] = [ListStatus.Rejected, ListStatus.Cancelled];

/**
 * A summary application's lifecycle: customs' receipts by rank as for a list; a failure rejects
 * it and frees its lists for another summary.
 */
export const SummaryStatus = {
  Filed: 'FILED',
  Accepted: 'ACCEPTED',
  ManualReview: 'MANUAL_REVIEW',
  Approved: 'APPROVED',
  Inspection: 'INSPECTION',
  Released: 'RELEASED',
  Closed: 'CLOSED',
  Rejected: 'REJECTED',
} as const;
export type SummaryStatus = (typeof SummaryStatus)[keyof typeof SummaryStatus];
export const SUMMARY_STATUSES = Object.values(SummaryStatus);
