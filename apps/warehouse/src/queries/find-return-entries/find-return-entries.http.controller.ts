import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { ReturnEntry } from '../../domain/return-entry.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { ReturnEntryView, toReturnEntryView } from '../../shared/return-entry.view';
import { FindReturnEntriesRequestDto } from './find-return-entries.request.dto';

/** The return entries of a ledger, oldest first: what came back, and what still waits for the operator. */
@ApiTags('return-entries')
@Controller('ledgers/:emsNo/return-entries')
export class FindReturnEntriesHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: [ReturnEntryView] })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async list(@Param('emsNo') emsNo: string, @Query() query: FindReturnEntriesRequestDto, @CurrentCaller() caller: Caller): Promise<ReturnEntryView[]> {
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const rows = await this.dataSource
      .getRepository(ReturnEntry)
      .find({ where: { emsNo: ledger.emsNo, ...(query.status ? { status: query.status } : {}) }, order: { createdAt: 'ASC', returnId: 'ASC' } });
    return rows.map(toReturnEntryView);
  }
}
