import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { LedgerLineView } from '../../shared/ledger.view';
import { SuspendLedgerLineService } from './suspend-ledger-line.service';

const NOT_FOUND = { 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': 'no ledger with this emsNo', 'WAREHOUSE.LINE_NOT_FOUND': 'the ledger has no such line' } };

/** Customs suspends a ledger line (admin acts for customs); goods on it stop moving until resumed. */
@ApiTags('ledgers')
@Controller('ledgers/:emsNo/lines/:itemRecordNo')
export class SuspendLedgerLineHttpController {
  constructor(private readonly service: SuspendLedgerLineService) {}

  @Post('suspend')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Suspend a line: pre-reductions and gate movements on it are refused' })
  @ApiOkResponse({ type: LedgerLineView })
  @ApiErrors(NOT_FOUND)
  suspend(@Param('emsNo') emsNo: string, @Param('itemRecordNo') itemRecordNo: string): Promise<LedgerLineView> {
    return this.service.setSuspended(emsNo, itemRecordNo, true);
  }

  @Post('resume')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: LedgerLineView })
  @ApiErrors(NOT_FOUND)
  resume(@Param('emsNo') emsNo: string, @Param('itemRecordNo') itemRecordNo: string): Promise<LedgerLineView> {
    return this.service.setSuspended(emsNo, itemRecordNo, false);
  }
}
