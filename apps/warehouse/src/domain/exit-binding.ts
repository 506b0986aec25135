import { EntityManager, In } from 'typeorm';
import { WarehouseEvents } from '@lhasa/contracts';
import type { TransactionalPublish } from '@lhasa/messaging';
import { StockLedger } from './stock-ledger';
import { StockReservation } from './stock-reservation.entity';
import { VerificationList } from './verification-list.entity';

type ExitList = Pick<VerificationList, 'id' | 'emsNo' | 'ownerCode'>;

/**
 * The database's clock: the one clock every replica shares, read after the rows changed, so a
 * binding made after an unbinding committed always carries the later time.
 */
async function databaseNow(m: EntityManager): Promise<string> {
  const [{ now }] = await m.query('SELECT clock_timestamp() AS now');
  return new Date(now).toISOString();
}

/**
 * Binds released lists (their reservations locked by the caller) to an exit verification list
 * being filed and announces it in the same transaction: from now on their goods are leaving the
 * zone, so declarations refuses their cancel. Keyed by emsNo: a ledger's bindings stay in order.
 */
export async function bindForExit(m: EntityManager, publish: TransactionalPublish, list: ExitList, listIds: string[]): Promise<void> {
  await m.getRepository(StockReservation).update({ listId: In(listIds) }, { exitVerificationListId: list.id });
  await publish(WarehouseEvents.ExitListsBound, {
    subject: list.id,
    key: list.emsNo,
    tenant: list.ownerCode,
    data: { verificationListId: list.id, emsNo: list.emsNo, listIds: [...listIds].sort(), boundAt: await databaseNow(m) },
  });
}

/**
 * Customs rejected an exit verification list (or the warehouse gave up on it): the released lists
 * it bound are free again and declarations is told. A list whose cancel customs approved while it
 * was bound (LATE_CANCEL_CODE) does not go back on the exit queue: its goods never left, so its
 * pre-reduction is returned now.
 */
export async function unbindFromExit(m: EntityManager, publish: TransactionalPublish, stock: StockLedger, list: ExitList): Promise<void> {
  const bound = await m.getRepository(StockReservation).find({
    where: { exitVerificationListId: list.id, status: 'RELEASED' },
    order: { listId: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  if (!bound.length) return;
  const listIds = bound.map((r) => r.listId);
  await m.getRepository(StockReservation).update({ listId: In(listIds) }, { exitVerificationListId: null });
  for (const reservation of bound.filter((r) => r.cancelledAt)) {
    const returned = await returnPreReduction(m, publish, stock, reservation);
    // Released goods that never left are still pre-reduced on their lines: a refusal is a bug.
    if (!returned.ok) throw new Error(`return of pre-reduction for cancelled list ${reservation.listId} refused: ${returned.message}`);
  }
  await publish(WarehouseEvents.ExitListsUnbound, {
    subject: list.id,
    key: list.emsNo,
    tenant: list.ownerCode,
    data: { verificationListId: list.id, emsNo: list.emsNo, listIds, unboundAt: await databaseNow(m) },
  });
}

/**
 * Returns a list's pre-reduction (预减 back) once: a PRE_REDUCED list rejected or cancelled, or a
 * released one cancelled before its goods started leaving. The reservation is RETURNED (off the
 * exit queue) and StockPreReductionReturned published. Returns the refusal when the ledger cannot
 * take it back (a bug or a hand-edited ledger: the caller decides).
 */
export async function returnPreReduction(
  m: EntityManager,
  publish: TransactionalPublish,
  stock: StockLedger,
  reservation: StockReservation,
): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
  const moved = await stock.move(m, reservation.emsNo, 'PRE_REDUCE_RETURN', reservation.lines, { type: 'INVENTORY_LIST', id: reservation.listId });
  if (!moved.ok) return { ok: false, code: moved.refusal.code, message: moved.refusal.message };
  await m.getRepository(StockReservation).update({ listId: reservation.listId }, { status: 'RETURNED' });
  await publish(WarehouseEvents.StockPreReductionReturned, {
    subject: reservation.listId,
    tenant: reservation.ownerCode,
    data: { listId: reservation.listId, emsNo: reservation.emsNo, lines: reservation.lines },
  });
  return { ok: true };
}
