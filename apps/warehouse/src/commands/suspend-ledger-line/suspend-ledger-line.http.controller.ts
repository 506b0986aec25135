import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { LedgerLineView } from '../../shared/ledger.view';
import { SuspendLedgerLineService } from './suspend-ledger-line.service';

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
  suspend(@Param('emsNo') emsNo: string, @Param('itemRecordNo') itemRecordNo: string): Promise<LedgerLineView> {
    return this.service.setSuspended(emsNo, itemRecordNo, true);
  }

  @Post('resume')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: LedgerLineView })
  resume(@Param('emsNo') emsNo: string, @Param('itemRecordNo') itemRecordNo: string): Promise<LedgerLineView> {
    return this.service.setSuspended(emsNo, itemRecordNo, false);
  }
}
