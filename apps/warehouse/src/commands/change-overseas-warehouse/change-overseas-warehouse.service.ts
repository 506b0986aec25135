import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { conflict, invalidInput } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { OverseasWarehouse } from '../../domain/overseas-warehouse.entity';
import { findOperatedOverseasWarehouse } from '../../shared/overseas-warehouse-access';
import { publishOverseasWarehouse } from '../../shared/overseas-warehouse-registered';
import { OverseasWarehouseView, toOverseasWarehouseView } from '../../shared/overseas-warehouse.view';
import { ChangeOverseasWarehouseRequestDto } from './change-overseas-warehouse.request.dto';

/**
 * Changes the name or address of a registration the caller operates. A change raises the revision
 * and is announced; the same values again change nothing and announce nothing. A withdrawn
 * registration is final.
 */
@Injectable()
export class ChangeOverseasWarehouseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  async change(caller: Caller, code: string, body: ChangeOverseasWarehouseRequestDto): Promise<OverseasWarehouseView> {
    if (body.name === undefined && body.address === undefined) {
      throw invalidInput('WAREHOUSE.NOTHING_TO_CHANGE', 'Give name or address (or both) to change', 'name');
    }
    return this.dataSource.transaction(async (m) => {
      const warehouse = await findOperatedOverseasWarehouse(m, caller, code, { lock: true });
      if (!warehouse.active) {
        throw conflict('WAREHOUSE.OVERSEAS_WAREHOUSE_WITHDRAWN', `Overseas warehouse ${code} was withdrawn at ${warehouse.withdrawnAt?.toISOString()}`, 'code');
      }
      const changes = { name: body.name ?? warehouse.name, address: body.address ?? warehouse.address };
      if (changes.name === warehouse.name && changes.address === warehouse.address) return toOverseasWarehouseView(warehouse);
      const changed: OverseasWarehouse = { ...warehouse, ...changes, revision: warehouse.revision + 1, changedAt: new Date() };
      await m.getRepository(OverseasWarehouse).update({ code: warehouse.code }, { name: changed.name, address: changed.address, revision: changed.revision, changedAt: changed.changedAt });
      await publishOverseasWarehouse(this.outbox.bind(m), changed);
      return toOverseasWarehouseView(changed);
    });
  }
}
