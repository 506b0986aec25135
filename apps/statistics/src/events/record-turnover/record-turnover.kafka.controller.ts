import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, TurnoverMeasuredV1, WarehouseEvents } from '@lhasa/contracts';
import { parseMoney } from '@lhasa/domain';
import { InboxContext, PermanentMessageError } from '@lhasa/messaging';

/**
 * Keeps each ledger's measured day (warehouse.TurnoverMeasured) for the zone's turnover trend:
 * one row per ledger and day, the first measurement kept (the warehouse measures a day once; a
 * redelivery is caught by the inbox, a replay under a new id by the key). An event that does not
 * validate is dead-lettered before it gets here.
 */
@Controller()
export class RecordTurnoverKafkaController {
  @EventPattern(WarehouseEvents.TurnoverMeasured.type)
  async onTurnoverMeasured(@Payload() event: EventEnvelope<TurnoverMeasuredV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const d = event.data;
    const day = new Date(`${d.day}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== d.day) {
      throw new PermanentMessageError('STATISTICS.INVALID_DAY', `day ${d.day} is not a calendar day`);
    }
    await ctx.manager.query(
      `INSERT INTO turnover_days (ems_no, day, operator_code, outbound_value_fen, average_stock_value_fen, outbound_quantity, average_stock, measured_at, event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (ems_no, day) DO NOTHING`,
      [
        d.emsNo,
        d.day,
        d.operatorCode,
        parseMoney(d.outboundValue).toString(),
        d.averageStockValue === undefined ? null : parseMoney(d.averageStockValue).toString(),
        d.outboundQuantity,
        d.averageStock,
        d.measuredAt,
        event.id,
      ],
    );
  }
}
