import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationEvents, EventEnvelope, InventoryListRejectedV1 } from '@lhasa/contracts';
import { InboxContext, PermanentMessageError } from '@lhasa/messaging';
import { returnPreReduction } from '../../domain/exit-binding';
import { CancelOverseasStock } from './cancel-overseas-stock';
import { StockLedger } from '../../domain/stock-ledger';
import { LATE_CANCEL_CODE, sameList, StockReservation } from '../../domain/stock-reservation.entity';

/**
 * Saga compensation: a rejected or cancelled list returns its pre-reduction, exactly once (only a
 * reservation still holding it returns, and the journal refuses a second return anyway).
 *
 * A cancel customs approved after release (domain.md §3b: a list may be cancelled until its goods
 * leave the zone) returns a released list's pre-reduction too, and takes it off the exit queue,
 * while no exit verification list carries it. One already bound to an exit verification list, or
 * through the exit gate, is a race the rule makes rare (declarations refuses such a cancel): it is
 * recorded on the reservation for the operator (LATE_CANCEL_CODE, GET /ledgers/:emsNo/late-cancellations)
 * and no stock moves now, so nothing that left is taken back and nothing goes negative. Should
 * customs reject that exit verification list, the pre-reduction is returned then.
 *
 * A released 9810 list cancelled before its goods departed takes them off its overseas warehouse's
 * stock again (cancel-overseas-stock.ts).
 */
@Controller()
export class InventoryListRejectedKafkaController {
  private readonly log = new Logger(InventoryListRejectedKafkaController.name);

  constructor(
    private readonly stock: StockLedger,
    private readonly overseas: CancelOverseasStock,
  ) {}

  @EventPattern(DeclarationEvents.InventoryListRejected.type)
  async onListRejected(@Payload() event: EventEnvelope<InventoryListRejectedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    // An export list not drawing on bonded stock: a released 9810 list's goods leave its overseas warehouse's stock.
    if (event.data.stage === 'cancelled' && event.data.ieFlag === 'E' && !event.data.emsNo) return this.overseas.cancel(ctx, event.data);
    const m = ctx.manager;
    const reservation = await m.getRepository(StockReservation).findOne({ where: { listId: event.data.listId }, lock: { mode: 'pessimistic_write' } });
    // Only the list that made the reservation returns it: the same company's same list.
    if (!reservation || !sameList(reservation, event.data)) return;
    const releasedCancel = event.data.stage === 'cancelled' && (reservation.status === 'RELEASED' || reservation.status === 'EXITED');
    if (releasedCancel && (reservation.exitVerificationListId || reservation.status === 'EXITED')) return this.recordLateCancel(ctx, reservation, event);
    if (reservation.status !== 'PRE_REDUCED' && !releasedCancel) return;
    const returned = await returnPreReduction(m, ctx.publish, this.stock, reservation);
    if (!returned.ok) {
      throw new PermanentMessageError(returned.code, `return of pre-reduction for list ${reservation.listId} refused: ${returned.message}`);
    }
  }

  private async recordLateCancel(ctx: InboxContext, reservation: StockReservation, event: EventEnvelope<InventoryListRejectedV1>): Promise<void> {
    if (reservation.cancelCode) return;
    await ctx.manager
      .getRepository(StockReservation)
      .update({ listId: reservation.listId }, { cancelledAt: new Date(event.occurredAt), cancelCode: LATE_CANCEL_CODE });
    const when = reservation.status === 'EXITED' ? 'after its goods passed the exit gate' : `while bound to exit verification list ${reservation.exitVerificationListId}`;
    this.log.warn(`${LATE_CANCEL_CODE}: list ${reservation.listId} (${reservation.invtNo}) cancelled ${when}; recorded for the operator, no stock moved`);
  }
}
