import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@lhasa/domain';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { LedgerLineView, toLedgerLineView } from '../../shared/ledger.view';

/** Customs suspends a ledger line (admin acts for customs); goods on it stop moving until resumed. */
@Injectable()
export class SuspendLedgerLineService {
  constructor(private readonly dataSource: DataSource) {}

  async setSuspended(emsNo: string, itemRecordNo: string, suspended: boolean): Promise<LedgerLineView> {
    const repo = this.dataSource.getRepository(LedgerLine);
    const result = await repo.update({ emsNo, itemRecordNo }, { suspended });
    if (!result.affected) throw notFound('WAREHOUSE.LINE_NOT_FOUND', `Ledger ${emsNo} has no line ${itemRecordNo}`, 'itemRecordNo');
    return toLedgerLineView(await repo.findOneByOrFail({ emsNo, itemRecordNo }));
  }
}
