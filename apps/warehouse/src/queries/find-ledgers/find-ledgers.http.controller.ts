import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, readScope, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { Ledger } from '../../domain/ledger.entity';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { LedgerView, LedgerWithLinesView, toLedgerLineView, toLedgerView } from '../../shared/ledger.view';

@ApiTags('ledgers')
@Controller('ledgers')
export class FindLedgersHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: [LedgerView], description: "The caller's own ledgers (all for admin)" })
  async list(@CurrentCaller() caller: Caller): Promise<LedgerView[]> {
    const owner = readScope(caller);
    const ledgers = await this.dataSource.getRepository(Ledger).find({ where: owner ? { ownerCode: owner } : {}, order: { emsNo: 'ASC' } });
    return ledgers.map(toLedgerView);
  }

  @Get(':emsNo')
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: LedgerWithLinesView })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async get(@Param('emsNo') emsNo: string, @CurrentCaller() caller: Caller): Promise<LedgerWithLinesView> {
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const lines = await this.dataSource.getRepository(LedgerLine).find({ where: { emsNo }, order: { itemRecordNo: 'ASC' } });
    return { ...toLedgerView(ledger), lines: lines.map(toLedgerLineView) };
  }
}
