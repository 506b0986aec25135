import { isFailureReceipt, isKnownReceiptStatus, ReceiptStatus } from './receipt-status';
import { receiptRank } from './receipt-rank';

/**
 * States after which nothing applies: closed (899), rejected (100, a new declaration is
 * needed) and returned abroad (700, the goods have left).
 */
const TERMINAL = new Set<number>([ReceiptStatus.CLOSED, ReceiptStatus.REJECTED, ReceiptStatus.RETURNED_ABROAD]);

/**
 * Whether a receipt moves a declaration from `current` (null: no receipt yet) to `incoming`.
 * Receipts arrive late, twice and out of order, so:
 * - the same status again never applies (idempotent);
 * - nothing applies after a terminal state (899, 100, 700);
 * - a progress status applies only if it raises the rank (late 120 after 399 is dropped);
 * - a failure applies if its rank is not below the current one: 100 during review or after
 *   inspection, held after inspection, 700 even after release (800), but 100 after 800 or
 *   4 after 120 are impossible and dropped;
 * - after a transient failure (4 or < 0) the retry's receipts apply once they pass the
 *   sending stage (120 and later); after a hold (501-599) release (800) or 700 still apply.
 * Unknown statuses never move a declaration; record them and alert instead.
 * The rank never decreases, whatever the order of arrival.
 */
export function shouldApplyReceipt(current: number | null, incoming: number): boolean {
  if (!isKnownReceiptStatus(incoming)) return false;
  if (current === null) return true;
  if (incoming === current || TERMINAL.has(current)) return false;
  if (!isKnownReceiptStatus(current)) return true;
  const from = receiptRank(current);
  const to = receiptRank(incoming);
  return isFailureReceipt(incoming) ? to >= from : to > from;
}
