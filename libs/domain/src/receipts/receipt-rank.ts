import { DomainError } from '../shared/domain-error';
import { describeReceiptStatus } from './receipt-status';

/**
 * Position of a status in the declaration lifecycle, 1 (stored) to 9 (closed).
 * Progress codes follow domain.md §5: 1 < 2 < 3 < 120 < 300 < 399 < 500 < 800 < 899.
 * A failure ranks at the latest stage where it can still happen, so it can apply there and
 * never after:
 *   4 and < 0 (sending or processing failed)  -> 3, the sending stage;
 *   100 (rejected) and 501-599 (held)         -> 7, up to inspection, never after release;
 *   700 (returned abroad)                     -> 8, up to and including release.
 */
const PROGRESS_RANK: Readonly<Record<number, number>> = {
  1: 1, 2: 2, 3: 3, 120: 4, 300: 5, 399: 6, 500: 7, 800: 8, 899: 9,
};

export function receiptRank(code: number): number {
  const info = describeReceiptStatus(code);
  if (!info) {
    throw new DomainError('RECEIPT.UNKNOWN_STATUS', `returnStatus ${code} is not a status of the CEB standard`, 'returnStatus');
  }
  if (info.kind !== 'failure') return PROGRESS_RANK[code];
  if (code < 0 || code === 4) return 3;
  if (code === 700) return 8;
  return 7; // 100 rejected, 501-599 held
}
