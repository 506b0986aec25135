import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { conflict } from '@lhasa/domain';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { LedgerLineView, toLedgerLineView } from '../../shared/ledger.view';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { AddLedgerLineRequestDto } from './add-ledger-line.request.dto';

/** Adds a line (SKU, 料号) to a ledger the caller may work on. */
@Injectable()
export class AddLedgerLineService {
  constructor(private readonly dataSource: DataSource) {}

  add(caller: Caller, emsNo: string, body: AddLedgerLineRequestDto): Promise<LedgerLineView> {
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
