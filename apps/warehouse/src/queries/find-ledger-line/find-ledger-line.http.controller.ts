import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { findAccessibleLedger, lineNotFound } from '../../shared/ledger-access';
import { LedgerLineView, toLedgerLineView } from '../../shared/ledger.view';

@ApiTags('ledgers')
@Controller('ledgers/:emsNo/lines')
export class FindLedgerLineHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':itemRecordNo')
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: LedgerLineView, description: 'The four quantities, on hand and available' })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)", 'WAREHOUSE.LINE_NOT_FOUND': 'the ledger has no such line' } })
  async get(@Param('emsNo') emsNo: string, @Param('itemRecordNo') itemRecordNo: string, @CurrentCaller() caller: Caller): Promise<LedgerLineView> {
    await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const line = await this.dataSource.getRepository(LedgerLine).findOneBy({ emsNo, itemRecordNo });
    if (!line) throw lineNotFound(emsNo, itemRecordNo);
    return toLedgerLineView(line);
  }
}
