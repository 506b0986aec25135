import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { notFound } from '@lhasa/domain';
import { GoodsOwner } from '../../domain/goods-owner.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';

/**
 * The operator removes a goods owner from its own ledger: that company's lists declared from now
 * on are refused (WAREHOUSE.NOT_A_GOODS_OWNER). Lists already pre-reduced keep their stock and go
 * on to release or return as before.
 */
@Injectable()
export class RemoveGoodsOwnerService {
  constructor(private readonly dataSource: DataSource) {}

  remove(caller: Caller, emsNo: string, ebcCode: string): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const ledger = await findAccessibleLedger(m, caller, emsNo);
      const removed = await m.getRepository(GoodsOwner).delete({ emsNo: ledger.emsNo, ebcCode });
      if (!removed.affected) throw notFound('WAREHOUSE.GOODS_OWNER_NOT_FOUND', `${ebcCode} is not a goods owner on ledger ${emsNo}`, 'ebcCode');
    });
  }
}
