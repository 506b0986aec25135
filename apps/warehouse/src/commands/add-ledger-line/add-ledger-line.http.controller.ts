import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { LedgerLineView, toLedgerLineView } from '../../shared/ledger.view';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { AddLedgerLineRequestDto } from './add-ledger-line.request.dto';
import { conflict } from '@lhasa/domain';

@ApiTags('ledgers')
@Controller('ledgers/:emsNo/lines')
export class AddLedgerLineHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiCreatedResponse({ type: LedgerLineView })
  @ApiConflictResponse({ description: 'WAREHOUSE.LINE_EXISTS' })
  async addLine(@Param('emsNo') emsNo: string, @Body() body: AddLedgerLineRequestDto, @CurrentCaller() caller: Caller): Promise<LedgerLineView> {
    return this.dataSource.transaction(async (m) => {
      await findAccessibleLedger(m, caller, emsNo);
      const inserted = await m
        .getRepository(LedgerLine)
        .createQueryBuilder()
        .insert()
        .values({ emsNo, itemRecordNo: body.itemRecordNo, gcode: body.gcode, gname: body.gname, unit: body.unit, itemNo: body.itemNo ?? null })
        .orIgnore()
        .returning('item_record_no')
        .execute();
      if (!inserted.raw.length) {
        throw conflict('WAREHOUSE.LINE_EXISTS', `Ledger ${emsNo} already has line ${body.itemRecordNo}`, 'itemRecordNo');
      }
      return toLedgerLineView(await m.getRepository(LedgerLine).findOneByOrFail({ emsNo, itemRecordNo: body.itemRecordNo }));
    });
  }
}
