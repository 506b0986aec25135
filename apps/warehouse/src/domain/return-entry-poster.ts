import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import { ReturnEntry } from './return-entry.entity';
import { returnQuantities, ReturnRefusal, returnRefusal } from './return-entry-rules';
import { StockLedger } from './stock-ledger';
import { StockReservation } from './stock-reservation.entity';

export type PostOutcome = { entry: ReturnEntry; refusal?: ReturnRefusal };

/**
 * Posts a return entry: its lines go back on the ledger as 实增 by return (RETURN_INCREASE,
 * referenced by the returnId, so it moves once), or the entry stays PENDING with the reason.
 * Saves the entry either way, in the caller's transaction. Locks the list's reservation first,
 * then the entry, then the ledger lines (the order the gate and the other handlers take), so two
 * returns of one list never both take the same goods back and nothing deadlocks.
 */
@Injectable()
export class ReturnEntryPoster {
  constructor(private readonly stock: StockLedger) {}

  async post(m: EntityManager, draft: ReturnEntry): Promise<PostOutcome> {
    const reservation = await m.getRepository(StockReservation).findOneOrFail({ where: { listId: draft.listId }, lock: { mode: 'pessimistic_write' } });
    // The stored entry as it is now (another transaction may have posted it); a new one is the draft.
    const entry = (await m.getRepository(ReturnEntry).findOne({ where: { returnId: draft.returnId }, lock: { mode: 'pessimistic_write' } })) ?? draft;
    if (entry.status === 'POSTED') return { entry };
    const earlier = await m.getRepository(ReturnEntry).findBy({ listId: entry.listId, status: 'POSTED', returnId: Not(entry.returnId) });
    const lines = returnQuantities(entry.lines);
    const ledgerLines = await this.stock.lockLines(m, entry.emsNo, lines.map((l) => l.itemRecordNo));
    const refusal = returnRefusal({
      emsNo: entry.emsNo,
      copNo: entry.copNo,
      reservation,
      returned: entry.lines,
      alreadyReturned: returnQuantities(earlier.flatMap((e) => e.lines)),
      ledgerLines,
    });
    if (!refusal) {
      const moved = await this.stock.move(m, entry.emsNo, 'RETURN_INCREASE', lines, { type: 'RETURN_ENTRY', id: entry.returnId, listId: entry.listId });
      // The lines were checked under their locks just now; a refusal here is a bug, not a state.
      if (!moved.ok) throw new Error(`return entry ${entry.returnId} refused after its check: ${moved.refusal.message}`);
    }
    const saved = await m.getRepository(ReturnEntry).save({
      ...entry,
      ...(refusal
        ? { status: 'PENDING' as const, pendingCode: refusal.code, pendingReason: refusal.message, postedAt: null }
        : { status: 'POSTED' as const, pendingCode: null, pendingReason: null, postedAt: new Date() }),
    });
    return { entry: saved, refusal };
  }
}
