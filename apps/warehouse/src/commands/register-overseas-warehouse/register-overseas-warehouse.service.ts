import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertActsFor, Caller } from '@lhasa/auth';
import { conflict, Countries, invalidInput, ruleBroken } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { OverseasWarehouse } from '../../domain/overseas-warehouse.entity';
import { publishOverseasWarehouse } from '../../shared/overseas-warehouse-registered';
import { OverseasWarehouseView, toOverseasWarehouseView } from '../../shared/overseas-warehouse.view';
import { RegisterOverseasWarehouseRequestDto } from './register-overseas-warehouse.request.dto';

/**
 * Registers an overseas warehouse (海外仓) for 9810 exports (domain.md §3b): the caller's
 * enterprise operates it. The registration and its event commit together.
 */
@Injectable()
export class RegisterOverseasWarehouseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  async register(caller: Caller, body: RegisterOverseasWarehouseRequestDto): Promise<OverseasWarehouseView> {
    const operatorCode = body.operatorCode ?? caller.enterpriseCode;
    if (!operatorCode) throw invalidInput('WAREHOUSE.OPERATOR_REQUIRED', 'operatorCode must name the enterprise that operates the warehouse', 'operatorCode');
    assertActsFor(caller, operatorCode, 'operatorCode');
    if (body.country === Countries.isoToCeb('CHN')) {
      throw ruleBroken('WAREHOUSE.OVERSEAS_WAREHOUSE_IN_CHINA', 'An overseas warehouse is outside China: country must not be 142', 'country');
    }
    return this.dataSource.transaction(async (m) => {
      const now = new Date();
      const inserted = await m
        .getRepository(OverseasWarehouse)
        .createQueryBuilder()
        .insert()
        .values({ code: body.code, name: body.name, country: body.country, address: body.address, operatorCode, active: true, revision: 1, registeredAt: now, changedAt: now })
        .orIgnore()
        .returning('code')
        .execute();
      // One registry of codes: a taken code conflicts whoever registered it.
      if (!inserted.raw.length) throw conflict('WAREHOUSE.OVERSEAS_WAREHOUSE_EXISTS', `An overseas warehouse with code ${body.code} is already registered`, 'code');
      const saved = await m.getRepository(OverseasWarehouse).findOneByOrFail({ code: body.code });
      await publishOverseasWarehouse(this.outbox.bind(m), saved);
      return toOverseasWarehouseView(saved);
    });
  }
}
