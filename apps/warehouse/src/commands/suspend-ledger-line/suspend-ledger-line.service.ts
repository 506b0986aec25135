import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { lineNotFound } from '../../shared/ledger-access';
import { LedgerLineView, toLedgerLineView } from '../../shared/ledger.view';

/** Customs suspends a ledger line (admin acts for customs); goods on it stop moving until resumed. */
@Injectable()
export class SuspendLedgerLineService {
  constructor(private readonly dataSource: DataSource) {}

  async setSuspended(emsNo: string, itemRecordNo: string, suspended: boolean): Promise<LedgerLineView> {
    const repo = this.dataSource.getRepository(LedgerLine);
    const result = await repo.update({ emsNo, itemRecordNo }, { suspended });
    if (!result.affected) throw lineNotFound(emsNo, itemRecordNo);
    return toLedgerLineView(await repo.findOneByOrFail({ emsNo, itemRecordNo }));
  }
}
