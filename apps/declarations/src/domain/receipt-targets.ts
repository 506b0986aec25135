/**
 * Which kind of document a receipt of each message type this service files lands on: the one
 * table the receipt consumer, the dead-letter policy and the mode registry read. Orders,
 * payments, receipts of payment, waybills and movement reports share one status machine
 * (FILED → ACCEPTED at 120, REJECTED on failure); lists, cancels, returns and summaries have
 * their own.
 */
export const RECEIPT_TARGETS = {
  CEB311: 'partner',
  CEB411: 'partner',
  CEB511: 'partner',
  CEB303: 'partner',
  CEB403: 'partner',
  CEB505: 'partner',
  CEB507: 'partner',
  CEB509: 'partner',
  CEB621: 'inventoryList',
  CEB603: 'inventoryList',
  CEB623: 'cancellation',
  CEB605: 'cancellation',
  CEB625: 'return',
  CEB701: 'summaryApplication',
} as const;

export type FiledMessageType = keyof typeof RECEIPT_TARGETS;
export type PartnerMessageType = { [T in FiledMessageType]: (typeof RECEIPT_TARGETS)[T] extends 'partner' ? T : never }[FiledMessageType];
export type ListMessageType = { [T in FiledMessageType]: (typeof RECEIPT_TARGETS)[T] extends 'inventoryList' ? T : never }[FiledMessageType];

export function receiptTargetOf(messageType: string): (typeof RECEIPT_TARGETS)[FiledMessageType] | undefined {
  return Object.prototype.hasOwnProperty.call(RECEIPT_TARGETS, messageType) ? RECEIPT_TARGETS[messageType as FiledMessageType] : undefined;
}
