import { formatQuantity, parseQuantity } from '@lhasa/domain';
import { ReturnedLine } from './return-entry.entity';
import { QuantityLine, sumByItemRecordNo } from './stock-rules';
import { ReservationStatus } from './stock-reservation.entity';

/** Why a return entry cannot be posted now; the entry stays PENDING with it. */
export interface ReturnRefusal {
  code: 'WAREHOUSE.LINE_NOT_FOUND' | 'WAREHOUSE.RETURN_BEFORE_EXIT' | 'WAREHOUSE.LINE_SUSPENDED' | 'WAREHOUSE.RETURN_EXCEEDS_EXIT';
  message: string;
}

export interface ReturnCheck {
  emsNo: string;
  copNo: string;
  /** The list's reservation: what it pre-reduced and whether its goods left through the gate. */
  reservation: { status: ReservationStatus; lines: readonly QuantityLine[] };
  returned: readonly ReturnedLine[];
  /** What earlier posted return entries of the same list took back, per itemRecordNo. */
  alreadyReturned: readonly QuantityLine[];
  /** The ledger lines the return names, as they are now (absent: the ledger has no such line). */
  ledgerLines: ReadonlyMap<string, { suspended: boolean }>;
}

/**
 * Whether returned goods may go back on their ledger lines now (domain.md §3b): every line names a
 * line of the ledger that is not suspended, the list's goods left through the exit gate, and no
 * more comes back per line than the list took out, counting its earlier returns. All lines or none.
 */
export function returnRefusal(check: ReturnCheck): ReturnRefusal | undefined {
  const unnumbered = check.returned.find((l) => !l.itemRecordNo);
  if (unnumbered) {
    return { code: 'WAREHOUSE.LINE_NOT_FOUND', message: `return of list ${check.copNo}: line ${unnumbered.gnum} names no ledger line (itemRecordNo)` };
  }
  const lines = returnQuantities(check.returned);
  const unknown = lines.find((l) => !check.ledgerLines.has(l.itemRecordNo));
  if (unknown) return { code: 'WAREHOUSE.LINE_NOT_FOUND', message: `return of list ${check.copNo}: ledger ${check.emsNo} has no line ${unknown.itemRecordNo}` };
  if (check.reservation.status !== 'EXITED') {
    return {
      code: 'WAREHOUSE.RETURN_BEFORE_EXIT',
      message: `return of list ${check.copNo}: its goods have not left through the exit gate (${check.reservation.status}); it is posted when they do`,
    };
  }
  const suspended = lines.find((l) => check.ledgerLines.get(l.itemRecordNo)!.suspended);
  if (suspended) {
    return { code: 'WAREHOUSE.LINE_SUSPENDED', message: `return of list ${check.copNo}: ledger line ${suspended.itemRecordNo} is suspended by customs; no goods may move on it` };
  }
  const taken = quantityOf(check.reservation.lines);
  const before = quantityOf(check.alreadyReturned);
  for (const line of lines) {
    const left = (taken.get(line.itemRecordNo) ?? 0n) - (before.get(line.itemRecordNo) ?? 0n);
    if (parseQuantity(line.qty) > left) {
      return {
        code: 'WAREHOUSE.RETURN_EXCEEDS_EXIT',
        message: `return of list ${check.copNo}: line ${line.itemRecordNo} returns ${line.qty}, the list took out ${formatQuantity(left < 0n ? 0n : left)} not yet returned`,
      };
    }
  }
  return undefined;
}

/** The returned quantities per ledger line (lines naming none are left out). */
export function returnQuantities(lines: readonly ReturnedLine[]): QuantityLine[] {
  return sumByItemRecordNo(lines.filter((l) => l.itemRecordNo).map((l) => ({ itemRecordNo: l.itemRecordNo!, qty: l.qty })));
}

function quantityOf(lines: readonly QuantityLine[]): Map<string, bigint> {
  return new Map(sumByItemRecordNo(lines).map((l) => [l.itemRecordNo, parseQuantity(l.qty)]));
}
