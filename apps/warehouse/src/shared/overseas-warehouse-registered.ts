import { WarehouseEvents } from '@lhasa/contracts';
import { TransactionalPublish } from '@lhasa/messaging';
import { OverseasWarehouse } from '../domain/overseas-warehouse.entity';

/**
 * Announces the registration's latest state (registered, changed or withdrawn) in the caller's
 * transaction, keyed by its code so one warehouse's states stay in order on one partition. The
 * event's registeredAt is when this state was recorded (changedAt), so a reader ordering by it
 * keeps the latest; revision orders states of the same instant.
 */
export async function publishOverseasWarehouse(publish: TransactionalPublish, w: OverseasWarehouse): Promise<void> {
  await publish(WarehouseEvents.OverseasWarehouseRegistered, {
    subject: w.code,
    tenant: w.operatorCode,
    data: {
      code: w.code,
      name: w.name,
      country: w.country,
      operatorCode: w.operatorCode,
      address: w.address,
      active: w.active,
      registeredAt: w.changedAt.toISOString(),
      revision: w.revision,
    },
  });
}
