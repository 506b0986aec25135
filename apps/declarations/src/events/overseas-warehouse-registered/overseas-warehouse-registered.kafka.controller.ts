import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, OverseasWarehouseRegisteredV1, WarehouseEvents } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';

/**
 * Keeps this service's copy of the overseas-warehouse registry (the warehouse service owns it), so
 * a 9810 list is checked against it without a call. Each event is the registration's latest state;
 * the copy keeps the latest by (registeredAt, revision), so redelivered and out-of-order events
 * change nothing (the inbox drops exact redeliveries). Between two states of one instant and
 * revision a withdrawal wins, so the outcome never depends on the order they arrive in.
 */
@Controller()
export class OverseasWarehouseRegisteredKafkaController {
  private readonly log = new Logger(OverseasWarehouseRegisteredKafkaController.name);

  @EventPattern(WarehouseEvents.OverseasWarehouseRegistered.type)
  async onRegistered(@Payload() event: EventEnvelope<OverseasWarehouseRegisteredV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const w = event.data;
    const rows: unknown[] = await ctx.manager.query(
      `INSERT INTO overseas_warehouses AS o (code, name, country, operator_code, address, active, registered_at, revision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (code) DO UPDATE
         SET name = EXCLUDED.name, country = EXCLUDED.country, operator_code = EXCLUDED.operator_code, address = EXCLUDED.address,
             active = EXCLUDED.active, registered_at = EXCLUDED.registered_at, revision = EXCLUDED.revision, updated_at = now()
       WHERE (o.registered_at, o.revision) < (EXCLUDED.registered_at, EXCLUDED.revision)
          OR ((o.registered_at, o.revision) = (EXCLUDED.registered_at, EXCLUDED.revision) AND o.active AND NOT EXCLUDED.active)
       RETURNING code`,
      [w.code, w.name, w.country, w.operatorCode, w.address, w.active, w.registeredAt, Number.isInteger(w.revision) ? w.revision : 0],
    );
    if (!rows.length) this.log.log(`overseas warehouse ${w.code} at ${w.registeredAt} (revision ${w.revision ?? '-'}): an equal or later state is kept`);
  }
}
