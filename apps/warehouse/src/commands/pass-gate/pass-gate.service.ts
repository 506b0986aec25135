import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { WarehouseEvents } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { OutboxPublisher } from '@lhasa/messaging';
import { GatePass } from '../../domain/gate-pass.entity';
import { ReturnEntryPoster } from '../../domain/return-entry-poster';
import { ReturnEntry } from '../../domain/return-entry.entity';
import { StockLedger } from '../../domain/stock-ledger';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { allCarried } from '../../domain/gate-pass-rules';
import { QuantityLine, sumByItemRecordNo } from '../../domain/stock-rules';
import { VerificationList } from '../../domain/verification-list.entity';
import { VerificationListLine } from '../../domain/verification-list-line.entity';
import { GatePassView } from '../../shared/gate-pass.view';
import { carriedListIds, gatePassView } from '../../shared/gate-pass-lists';
import { actsFor } from '../../shared/ledger-access';
import { stockRefusalError } from '../../shared/stock-refusal.error';
import { conflict, isUuid, normaliseQuantity, notFound } from '@lhasa/domain';

/**
 * The truck under an approved gate pass passed the gate: for an entry list the goods actually
 * increase (实增), for an exit list they actually reduce (实减) and the inventory lists it
 * carries are EXITED (a return of one of them that waited for this is posted now). All lines or
 * none, once.
 */
@Injectable()
export class PassGateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stock: StockLedger,
    private readonly outbox: OutboxPublisher,
    private readonly returns: ReturnEntryPoster,
  ) {}

  pass(caller: Caller, id: string): Promise<GatePassView> {
    return this.dataSource.transaction((m) => this.passIn(m, caller, id));
  }

  private async passIn(m: EntityManager, caller: Caller, id: string): Promise<GatePassView> {
    // Another operator's gate pass answers exactly as an unknown one, and is never locked.
    const found = isUuid(id) ? await m.getRepository(GatePass).findOneBy({ id }) : null;
    const pass = found && actsFor(caller, found.ownerCode) ? await m.getRepository(GatePass).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!pass) throw notFound('WAREHOUSE.GATE_PASS_NOT_FOUND', `No gate pass ${id}`, 'id');
    if (pass.status === 'REFUSED') {
      throw conflict('WAREHOUSE.GATE_PASS_REFUSED', `The gate refused the truck of gate pass ${id}: ${pass.refusalReason}; issue a new pass`, 'id', { status: pass.status });
    }
    if (pass.status === 'PASSED') {
      throw conflict('WAREHOUSE.ALREADY_PASSED', `Gate pass ${id} passed the gate at ${pass.passedAt?.toISOString()}`, 'id', { status: pass.status });
    }
    if (pass.status !== 'APPROVED') {
      throw conflict('WAREHOUSE.GATE_PASS_NOT_APPROVED', `Gate pass ${id} is ${pass.status}; only an APPROVED pass lets the truck through`, 'id', { status: pass.status });
    }
    if (!pass.verificationListId) {
      // An empty truck: it passes, nothing moves.
      await m.getRepository(GatePass).update({ id: pass.id }, { status: 'PASSED', passedAt: new Date() });
      return gatePassView(m, await m.getRepository(GatePass).findOneByOrFail({ id: pass.id }));
    }
    // One list, or (bind type 1) every list the truck carries: all of one ledger and direction.
    const listIds = await carriedListIds(m, pass);
    const lists = await m.getRepository(VerificationList).find({ where: { id: In(listIds) }, order: { id: 'ASC' } });
    const list = lists[0];
    const linesOf = new Map<string, QuantityLine[]>();
    for (const l of await m.getRepository(VerificationListLine).find({ where: { verificationListId: In(listIds) }, order: { gnum: 'ASC' } })) {
      linesOf.set(l.verificationListId, [...(linesOf.get(l.verificationListId) ?? []), { itemRecordNo: l.itemRecordNo, qty: normaliseQuantity(l.qty) }]);
    }
    const listLines = lists.flatMap((l) => linesOf.get(l.id) ?? []);
    // A truck of a one-list-many-trucks pass moves only what it carried.
    const lines = sumByItemRecordNo(pass.lines ?? listLines);
    const kind = list.impexpMarkcd === 'I' ? 'ACTUAL_INCREASE' : 'ACTUAL_REDUCE';
    // Reservations before ledger lines, the order every other writer of both takes (no deadlocks).
    const reserved =
      list.impexpMarkcd === 'E'
        ? await m.getRepository(StockReservation).find({
            where: { exitVerificationListId: In(listIds), status: 'RELEASED' },
            order: { listId: 'ASC' },
            lock: { mode: 'pessimistic_write' },
          })
        : [];
    const moved = await this.stock.move(m, list.emsNo, kind, lines, { type: 'GATE_PASS', id: pass.id });
    if (!moved.ok) throw stockRefusalError(moved.refusal);
    // The carried inventory lists are out once the last truck of their exit list has passed.
    const carried = pass.lines && reserved.length && !(await this.listFullyOut(m, list.id, pass.id, listLines, lines)) ? [] : reserved;

    const passedAt = new Date();
    await m.getRepository(GatePass).update({ id: pass.id }, { status: 'PASSED', passedAt });
    if (carried.length) await this.exit(m, carried);
    // One GatePassed per list, with what of it passed: consumers read goods per verification list.
    for (const l of lists) {
      await this.outbox.publish(m, WarehouseEvents.GatePassed, {
        subject: pass.id,
        tenant: pass.ownerCode,
        data: {
          gatePassId: pass.id,
          verificationListId: l.id,
          emsNo: l.emsNo,
          operatorCode: pass.ownerCode,
          direction: l.impexpMarkcd,
          passedAt: passedAt.toISOString(),
          lines: lists.length === 1 ? lines : sumByItemRecordNo(linesOf.get(l.id) ?? []),
        },
      });
    }
    return gatePassView(m, await m.getRepository(GatePass).findOneByOrFail({ id: pass.id }));
  }

  private async listFullyOut(m: EntityManager, listId: string, passId: string, listLines: QuantityLine[], now: QuantityLine[]): Promise<boolean> {
    const passed = await m.getRepository(GatePass).findBy({ verificationListId: listId, status: 'PASSED', id: Not(passId) });
    return allCarried(listLines, [...passed.flatMap((p) => p.lines ?? []), ...now]);
  }

  /** The carried lists' goods are out: EXITED, and a return of one that waited for this is posted. */
  private async exit(m: EntityManager, carried: StockReservation[]): Promise<void> {
    const listIds = carried.map((r) => r.listId);
    await m.getRepository(StockReservation).update({ listId: In(listIds) }, { status: 'EXITED' });
    const waiting = await m.getRepository(ReturnEntry).find({
      where: { listId: In(listIds), status: 'PENDING', pendingCode: 'WAREHOUSE.RETURN_BEFORE_EXIT' },
      order: { createdAt: 'ASC', returnId: 'ASC' },
    });
    for (const entry of waiting) await this.returns.post(m, entry);
  }
}
