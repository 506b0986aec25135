import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationEvents, EventEnvelope, InventoryListRejectedV1, WarehouseEvents } from '@lhasa/contracts';
import { InboxContext, PermanentMessageError } from '@lhasa/messaging';
import { StockLedger } from '../../domain/stock-ledger';
import { sameList, StockReservation } from '../../domain/stock-reservation.entity';

/**
 * Saga compensation: a rejected or cancelled list returns its pre-reduction, exactly once
 * (only a PRE_REDUCED reservation returns, and the journal refuses a second return anyway).
 */
@Controller()
export class InventoryListRejectedKafkaController {
  constructor(private readonly stock: StockLedger) {}

  @EventPattern(DeclarationEvents.InventoryListRejected.type)
  async onListRejected(@Payload() event: EventEnvelope<InventoryListRejectedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const m = ctx.manager;
    const reservation = await m.getRepository(StockReservation).findOne({ where: { listId: event.data.listId }, lock: { mode: 'pessimistic_write' } });
    if (!reservation || reservation.status !== 'PRE_REDUCED') return;
    // Only the list that made the reservation returns it: the same company's same list.
    if (!sameList(reservation, event.data)) return;
    const moved = await this.stock.move(m, reservation.emsNo, 'PRE_REDUCE_RETURN', reservation.lines, { type: 'INVENTORY_LIST', id: reservation.listId });
    if (!moved.ok) {
      throw new PermanentMessageError(moved.refusal.code, `return of pre-reduction for list ${reservation.listId} refused: ${moved.refusal.message}`);
    }
    await m.getRepository(StockReservation).update({ listId: reservation.listId }, { status: 'RETURNED' });
    await ctx.publish(WarehouseEvents.StockPreReductionReturned, {
      subject: reservation.listId,
      tenant: reservation.ownerCode,
      data: { listId: reservation.listId, emsNo: reservation.emsNo, lines: reservation.lines },
    });
  }
}
