import { drawsOnBondedStock } from '@lhasa/domain';
import { FINAL_LIST_STATUSES, ListStatus, RELEASED_LIST_STATUSES } from './document-status';

/** What the cancel rule reads of a list. */
export interface CancellableList {
  id: string;
  invtNo: string | null;
  status: ListStatus;
  tradeMode: string;
  ieFlag: 'I' | 'E';
  /** Bonded lists: when the warehouse bound it to an exit verification list (its goods are leaving the zone). */
  boundForExitAt: Date | null;
  exitVerificationListId: string | null;
  /** Export lists: when customs accepted the departure (离境, CEB509) of its waybill. */
  departedAt?: Date | null;
  /** Export 9610: the live summary application holding it. */
  summaryId?: string | null;
}

export interface CancelRefusal {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/**
 * Whether a list may be cancelled (CEB623 / CEB605) now; the refusal (a 422 naming invtNo) when not.
 * domain.md §3b: a list can be cancelled before its goods have left the zone, which returns its
 * pre-reduction. So:
 * - any list customs has and has not released;
 * - a released bonded list (1210/1239 import, 1210 special-area export: the trade-mode table's
 *   bonded directions) until the warehouse binds it to an exit verification list, when its goods
 *   start leaving the zone (CANCEL.GOODS_LEFT_ZONE);
 * - a released export list of the other modes until its goods depart (CANCEL.GOODS_DEPARTED), and
 *   while no summary holds it (CANCEL.LIST_SUMMARISED);
 * - never a released 9610 import list: its parcel is on its way to the consumer, and a return
 *   (CEB625) is the way back (CANCEL.LIST_RELEASED).
 * A list not at customs yet (awaiting stock) has no invtNo and is withdrawn instead.
 */
export function cancelRefusal(list: CancellableList): CancelRefusal | undefined {
  const listStatus = list.status;
  if (FINAL_LIST_STATUSES.includes(listStatus)) {
    return { code: 'CANCEL.LIST_FINAL', message: `inventory list ${list.invtNo} is ${listStatus}: it cannot be cancelled`, details: { listStatus } };
  }
  if (listStatus === ListStatus.AwaitingStock) {
    return { code: 'CANCEL.LIST_NOT_AT_CUSTOMS', message: `inventory list ${list.id} is not at customs yet: withdraw it instead`, details: { listStatus } };
  }
  if (!RELEASED_LIST_STATUSES.includes(listStatus)) return undefined;
  const returnHint = list.ieFlag === 'I' ? '; file a return (POST /returns) within the return window' : '';
  if (drawsOnBondedStock(list.tradeMode, list.ieFlag)) {
    if (!list.boundForExitAt) return undefined;
    return {
      code: 'CANCEL.GOODS_LEFT_ZONE',
      message: `inventory list ${list.invtNo} is on exit verification list ${list.exitVerificationListId} since ${list.boundForExitAt.toISOString()}: its goods are leaving the zone, so it can no longer be cancelled${returnHint}`,
      details: { listStatus, boundForExitAt: list.boundForExitAt.toISOString(), exitVerificationListId: list.exitVerificationListId },
    };
  }
  if (list.ieFlag === 'I') {
    return {
      code: 'CANCEL.LIST_RELEASED',
      message: `inventory list ${list.invtNo} is ${listStatus}: customs released it, so it can no longer be cancelled${returnHint}`,
      details: { listStatus },
    };
  }
  if (list.departedAt) {
    return {
      code: 'CANCEL.GOODS_DEPARTED',
      message: `inventory list ${list.invtNo} departed at ${list.departedAt.toISOString()}: its goods left the country, so it can no longer be cancelled`,
      details: { listStatus, departedAt: list.departedAt.toISOString() },
    };
  }
  if (list.summaryId) {
    return {
      code: 'CANCEL.LIST_SUMMARISED',
      message: `inventory list ${list.invtNo} is on summary application ${list.summaryId}: it can no longer be cancelled`,
      details: { listStatus, summaryId: list.summaryId },
    };
  }
  return undefined;
}
