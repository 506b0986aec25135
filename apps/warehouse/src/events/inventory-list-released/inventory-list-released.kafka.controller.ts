import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationEvents, EventEnvelope, InventoryListReleasedV1 } from '@lhasa/contracts';
import { addMoney } from '@lhasa/domain';
import { InboxContext } from '@lhasa/messaging';
import { In } from 'typeorm';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { ReleasedLine, sameList, StockReservation } from '../../domain/stock-reservation.entity';
import { ReceiveOverseasStock } from './receive-overseas-stock';

/**
 * Customs released a list (800). A pre-reduced list (1210 import, or 1210 special-area export) now
 * awaits exit, to be grouped on an exit verification list of its direction: keeps invtNo and the
 * line values that list will carry. An export list naming an overseas warehouse (9810) adds its
 * goods to that warehouse's stock.
 */
@Controller()
export class InventoryListReleasedKafkaController {
  private readonly log = new Logger(InventoryListReleasedKafkaController.name);

  constructor(private readonly overseas: ReceiveOverseasStock) {}

  @EventPattern(DeclarationEvents.InventoryListReleased.type)
  async onListReleased(@Payload() event: EventEnvelope<InventoryListReleasedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const list = event.data;
    if (list.ieFlag === 'E' && list.overseasWarehouseCode) await this.overseas.receive(ctx, list, list.overseasWarehouseCode);
    await this.queueForExit(ctx, list);
  }

  private async queueForExit(ctx: InboxContext, list: InventoryListReleasedV1): Promise<void> {
    const repo = ctx.manager.getRepository(StockReservation);
    const reservation = await repo.findOne({ where: { listId: list.listId }, lock: { mode: 'pessimistic_write' } });
    if (!reservation) {
      if (list.emsNo) {
        this.log.warn(`list ${list.listId} (${list.copNo}) released without a pre-reduction on ledger ${list.emsNo}; nothing to exit`);
      }
      return;
    }
    if (reservation.status !== 'PRE_REDUCED' || !sameList(reservation, list)) return;
    const releasedLines = await this.valuedLines(ctx, reservation, list);
    await repo.update(
      { listId: list.listId },
      { status: 'RELEASED', invtNo: list.invtNo, releasedAt: new Date(list.releasedAt), currency: list.currency, totalValue: list.totalValue, releasedLines },
    );
  }

  /**
   * The quantities the exit will move are the ones pre-reduced (never more, never less); the
   * values, HS codes and origins come from the released list.
   */
  private async valuedLines(ctx: InboxContext, reservation: StockReservation, list: InventoryListReleasedV1): Promise<ReleasedLine[]> {
    const ledgerLines = await ctx.manager.getRepository(LedgerLine).findBy({ emsNo: reservation.emsNo, itemRecordNo: In(reservation.lines.map((l) => l.itemRecordNo)) });
    return reservation.lines.map((reserved) => {
      const released = list.lines.filter((l) => l.itemRecordNo === reserved.itemRecordNo);
      const ledgerLine = ledgerLines.find((l) => l.itemRecordNo === reserved.itemRecordNo);
      return {
        itemRecordNo: reserved.itemRecordNo,
        qty: reserved.qty,
        gcode: released[0]?.gcode ?? ledgerLine?.gcode ?? '',
        totalPrice: addMoney('0.00', ...released.map((l) => l.totalPrice)),
        country: released[0]?.country ?? list.country,
      };
    });
  }
}
