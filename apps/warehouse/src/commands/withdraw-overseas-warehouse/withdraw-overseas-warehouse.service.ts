import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { OutboxPublisher } from '@lhasa/messaging';
import { OverseasWarehouse } from '../../domain/overseas-warehouse.entity';
import { findOperatedOverseasWarehouse } from '../../shared/overseas-warehouse-access';
import { publishOverseasWarehouse } from '../../shared/overseas-warehouse-registered';
import { OverseasWarehouseView, toOverseasWarehouseView } from '../../shared/overseas-warehouse.view';

/**
 * Withdraws a registration (active false, for good): no new 9810 list may name it; goods already
 * on their way still join its stock when their list is released. Withdrawing again changes nothing.
 */
@Injectable()
export class WithdrawOverseasWarehouseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  withdraw(caller: Caller, code: string): Promise<OverseasWarehouseView> {
    return this.dataSource.transaction(async (m) => {
      const warehouse = await findOperatedOverseasWarehouse(m, caller, code, { lock: true });
      if (!warehouse.active) return toOverseasWarehouseView(warehouse);
      const now = new Date();
      const withdrawn: OverseasWarehouse = { ...warehouse, active: false, withdrawnAt: now, changedAt: now, revision: warehouse.revision + 1 };
      await m.getRepository(OverseasWarehouse).update({ code: warehouse.code }, { active: false, withdrawnAt: now, changedAt: now, revision: withdrawn.revision });
      await publishOverseasWarehouse(this.outbox.bind(m), withdrawn);
      return toOverseasWarehouseView(withdrawn);
    });
  }
}
