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
} as const;
export type ListStatus = (typeof ListStatus)[keyof typeof ListStatus];

export const LIST_STATUSES = Object.values(ListStatus);

/** Lists that no longer hold the (ebcCode, orderNo) slot nor count toward the annual limit. */
export const DEAD_LIST_STATUSES: readonly ListStatus[] = [ListStatus.Rejected, ListStatus.Cancelled];
