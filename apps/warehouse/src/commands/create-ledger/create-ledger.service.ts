import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertActsFor, Caller } from '@lhasa/auth';
import { conflict, invalidInput } from '@lhasa/domain';
import { Ledger } from '../../domain/ledger.entity';
import { LedgerView, toLedgerView } from '../../shared/ledger.view';
import { CreateLedgerRequestDto } from './create-ledger.request.dto';

/** Opens a bonded e-ledger (电子账册) for the enterprise that owns it. */
@Injectable()
export class CreateLedgerService {
  constructor(private readonly dataSource: DataSource) {}

  async create(caller: Caller, body: CreateLedgerRequestDto): Promise<LedgerView> {
    const ownerCode = body.ownerCode ?? caller.enterpriseCode;
    if (!ownerCode) throw invalidInput('WAREHOUSE.OWNER_REQUIRED', 'ownerCode must name the enterprise that owns the ledger', 'ownerCode');
    assertActsFor(caller, ownerCode, 'ownerCode');
    const repo = this.dataSource.getRepository(Ledger);
    const inserted = await repo
      .createQueryBuilder()
      .insert()
      .values({ emsNo: body.emsNo, name: body.name, areaCode: body.areaCode ?? null, ownerCode })
      .orIgnore()
      .returning('ems_no')
      .execute();
    if (!inserted.raw.length) throw conflict('WAREHOUSE.LEDGER_EXISTS', `A ledger with emsNo ${body.emsNo} already exists`, 'emsNo');
    return toLedgerView(await repo.findOneByOrFail({ emsNo: body.emsNo }));
  }
}
