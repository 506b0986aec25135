import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { GoodsOwner } from '../../domain/goods-owner.entity';
import { GoodsOwnerView, toGoodsOwnerView } from '../../shared/goods-owner.view';
import { findAccessibleLedger } from '../../shared/ledger-access';

@ApiTags('goods-owners')
@Controller('ledgers/:emsNo/goods-owners')
export class FindGoodsOwnersHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: [GoodsOwnerView], description: 'The e-commerce companies admitted on the ledger, by ebcCode' })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async list(@Param('emsNo') emsNo: string, @CurrentCaller() caller: Caller): Promise<GoodsOwnerView[]> {
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const owners = await this.dataSource.getRepository(GoodsOwner).find({ where: { emsNo: ledger.emsNo }, order: { ebcCode: 'ASC' } });
    return owners.map(toGoodsOwnerView);
  }
}
