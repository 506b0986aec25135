import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { assertActsFor, Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { Ledger } from '../../domain/ledger.entity';
import { LedgerView, toLedgerView } from '../../shared/ledger.view';
import { CreateLedgerRequestDto } from './create-ledger.request.dto';
import { conflict, invalidInput } from '@lhasa/domain';

@ApiTags('ledgers')
@Controller('ledgers')
export class CreateLedgerHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiCreatedResponse({ type: LedgerView })
  @ApiConflictResponse({ description: 'WAREHOUSE.LEDGER_EXISTS' })
  async createLedger(@Body() body: CreateLedgerRequestDto, @CurrentCaller() caller: Caller): Promise<LedgerView> {
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
