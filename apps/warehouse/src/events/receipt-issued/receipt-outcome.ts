import { isFailureReceipt, ReceiptStatus, shouldApplyReceipt } from '@lhasa/domain';

export type ReceiptOutcome = 'ignore' | 'record' | 'approve' | 'reject';

/**
 * What a customs receipt does to a warehouse document (verification list or gate pass) that is
 * in `status` with `current` the last applied returnStatus. Receipts apply monotonically
 * (domain.md §5); only a SENT document changes status, so a late or repeated receipt after
 * approval or rejection changes nothing.
 */
export function receiptOutcome(status: string, current: number | null, incoming: number): ReceiptOutcome {
  if (!shouldApplyReceipt(current, incoming)) return 'ignore';
  if (status !== 'SENT') return 'record';
  if (incoming === ReceiptStatus.RELEASED || incoming === ReceiptStatus.CLOSED) return 'approve';
  if (isFailureReceipt(incoming)) return 'reject';
  return 'record';
}
