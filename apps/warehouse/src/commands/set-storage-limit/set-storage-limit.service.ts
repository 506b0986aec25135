import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { Ledger } from '../../domain/ledger.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { LedgerView, toLedgerView } from '../../shared/ledger.view';

/** Sets or removes a ledger's storage limit (days a lot may stay). */
@Injectable()
export class SetStorageLimitService {
  constructor(private readonly dataSource: DataSource) {}

  set(caller: Caller, emsNo: string, storageLimitDays: number | null): Promise<LedgerView> {
    return this.dataSource.transaction(async (m) => {
      const ledger = await findAccessibleLedger(m, caller, emsNo, { lock: true });
      await m.getRepository(Ledger).update({ emsNo: ledger.emsNo }, { storageLimitDays });
      return toLedgerView(await m.getRepository(Ledger).findOneByOrFail({ emsNo: ledger.emsNo }));
    });
  }
}
