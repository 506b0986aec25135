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

export const PARTNER_DOCUMENT_STATUSES = Object.values(PartnerDocumentStatus);

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
  /** A consumer return (CEB625) of the released list was approved: what came back is in the return. */
  Returned: 'RETURNED',
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

/**
 * Lists that are over: no receipt moves them, no cancel or return is filed for them. A RETURNED
 * list still holds its order's slot and counts toward the year, less what came back.
 */
export const FINAL_LIST_STATUSES: readonly ListStatus[] = [ListStatus.Rejected, ListStatus.Cancelled, ListStatus.Returned];

/** Released by customs (800, or 899 first): the goods may leave the zone, so no cancel any more. */
export const RELEASED_LIST_STATUSES: readonly ListStatus[] = [ListStatus.Released, ListStatus.Closed];

/**
 * Where a cancel (CEB623/CEB605) or a return (CEB625) stands with customs. FILED when sent,
 * ACCEPTED at 120/300, APPROVED at 399 (审结: the list is CANCELLED or RETURNED), REFUSED on a
 * failure receipt (the list goes on). APPROVED and REFUSED are final.
 */
export const RequestStatus = {
  Filed: 'FILED',
  Accepted: 'ACCEPTED',
  Approved: 'APPROVED',
  Refused: 'REFUSED',
} as const;
export type RequestStatus = (typeof RequestStatus)[keyof typeof RequestStatus];

export const REQUEST_STATUSES = Object.values(RequestStatus);
