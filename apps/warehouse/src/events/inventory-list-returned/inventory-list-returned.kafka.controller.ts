import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationEvents, EventEnvelope, InventoryListReturnedV1 } from '@lhasa/contracts';
import { InboxContext, PermanentMessageError } from '@lhasa/messaging';
import { ReturnEntryPoster } from '../../domain/return-entry-poster';
import { ReturnEntry } from '../../domain/return-entry.entity';
import { sameList, StockReservation } from '../../domain/stock-reservation.entity';

/**
 * Customs approved a consumer return of a released bonded list (it names its e-ledger, emsNo): the
 * returned goods go back on their ledger lines through a return entry, once per returnId (a
 * redelivery is caught by the inbox, a replay under a new id by the entry's key). An entry whose
 * lines cannot take the goods now stays PENDING for the operator with the reason; a return of a
 * list that never drew on this warehouse's stock is dead-lettered (nothing here could take it).
 */
@Controller()
export class InventoryListReturnedKafkaController {
  private readonly log = new Logger(InventoryListReturnedKafkaController.name);

  constructor(private readonly poster: ReturnEntryPoster) {}

  @EventPattern(DeclarationEvents.InventoryListReturned.type)
  async onListReturned(@Payload() event: EventEnvelope<InventoryListReturnedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const list = event.data;
    if (!list.emsNo) return; // not bonded goods: nothing comes back onto a ledger
    const m = ctx.manager;
    if (await m.getRepository(ReturnEntry).existsBy({ returnId: list.returnId })) return;
    const reservation = await m.getRepository(StockReservation).findOneBy({ listId: list.listId });
    if (!reservation || !sameList(reservation, list)) {
      throw new PermanentMessageError(
        'WAREHOUSE.RETURN_WITHOUT_PRE_REDUCTION',
        `return ${list.returnId} of list ${list.copNo} (${list.listId}): the list drew no stock on ledger ${list.emsNo} here`,
      );
    }
    const entry = m.getRepository(ReturnEntry).create({
      returnId: list.returnId,
      listId: reservation.listId,
      emsNo: reservation.emsNo,
      ownerCode: reservation.ownerCode,
      ebcCode: reservation.ebcCode,
      copNo: reservation.copNo,
      invtNo: list.invtNo,
      status: 'PENDING',
      lines: list.lines.map((l) => ({ gnum: l.gnum, itemRecordNo: l.itemRecordNo ?? null, qty: l.qty })),
      returnedAt: new Date(list.returnedAt),
    });
    const { refusal } = await this.poster.post(m, entry);
    if (refusal) this.log.warn(`return entry ${list.returnId} pending: ${refusal.message}`);
  }
}
