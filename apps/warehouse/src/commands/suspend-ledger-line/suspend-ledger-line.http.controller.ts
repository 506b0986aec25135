import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@lhasa/auth';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { LedgerLineView, toLedgerLineView } from '../../shared/ledger.view';
import { notFound } from '@lhasa/domain';

/** Customs suspends a ledger line (admin acts for customs); goods on it stop moving until resumed. */
@ApiTags('ledgers')
@Controller('ledgers/:emsNo/lines/:itemRecordNo')
export class SuspendLedgerLineHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Post('suspend')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Suspend a line: pre-reductions and gate movements on it are refused' })
  @ApiOkResponse({ type: LedgerLineView })
  suspend(@Param('emsNo') emsNo: string, @Param('itemRecordNo') itemRecordNo: string): Promise<LedgerLineView> {
    return this.setSuspended(emsNo, itemRecordNo, true);
  }

  @Post('resume')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: LedgerLineView })
  resume(@Param('emsNo') emsNo: string, @Param('itemRecordNo') itemRecordNo: string): Promise<LedgerLineView> {
    return this.setSuspended(emsNo, itemRecordNo, false);
  }

  private async setSuspended(emsNo: string, itemRecordNo: string, suspended: boolean): Promise<LedgerLineView> {
    const repo = this.dataSource.getRepository(LedgerLine);
    const result = await repo.update({ emsNo, itemRecordNo }, { suspended });
    if (!result.affected) throw notFound('WAREHOUSE.LINE_NOT_FOUND', `Ledger ${emsNo} has no line ${itemRecordNo}`, 'itemRecordNo');
    return toLedgerLineView(await repo.findOneByOrFail({ emsNo, itemRecordNo }));
  }
}
