import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { GoodsOwner } from '../../domain/goods-owner.entity';
import { GoodsOwnerView, toGoodsOwnerView } from '../../shared/goods-owner.view';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { AdmitGoodsOwnerRequestDto } from './admit-goods-owner.request.dto';

/**
 * The operator admits an e-commerce company as a goods owner (货主) on its own ledger: from now
 * on that company's 1210 lists may draw on the ledger's stock. Admitting again changes nothing
 * (the first admission and its name stay) and answers the same.
 */
@Injectable()
export class AdmitGoodsOwnerService {
  constructor(private readonly dataSource: DataSource) {}

  admit(caller: Caller, emsNo: string, body: AdmitGoodsOwnerRequestDto): Promise<GoodsOwnerView> {
    return this.dataSource.transaction(async (m) => {
      const ledger = await findAccessibleLedger(m, caller, emsNo);
      await m
        .getRepository(GoodsOwner)
        .createQueryBuilder()
        .insert()
        .values({ emsNo: ledger.emsNo, ebcCode: body.ebcCode, name: body.name ?? null })
        .orIgnore()
        .execute();
      return toGoodsOwnerView(await m.getRepository(GoodsOwner).findOneByOrFail({ emsNo: ledger.emsNo, ebcCode: body.ebcCode }));
    });
  }
}
