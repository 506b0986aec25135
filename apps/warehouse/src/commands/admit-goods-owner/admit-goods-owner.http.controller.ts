import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { GoodsOwnerView } from '../../shared/goods-owner.view';
import { AdmitGoodsOwnerRequestDto } from './admit-goods-owner.request.dto';
import { AdmitGoodsOwnerService } from './admit-goods-owner.service';

@ApiTags('goods-owners')
@Controller('ledgers/:emsNo/goods-owners')
export class AdmitGoodsOwnerHttpController {
  constructor(private readonly service: AdmitGoodsOwnerService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: "Admit an e-commerce company as a goods owner on the caller's ledger; admitting again is idempotent" })
  @ApiCreatedResponse({ type: GoodsOwnerView, description: 'Admitted (or already admitted: the same owner)' })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  admit(@Param('emsNo') emsNo: string, @Body() body: AdmitGoodsOwnerRequestDto, @CurrentCaller() caller: Caller): Promise<GoodsOwnerView> {
    return this.service.admit(caller, emsNo, body);
  }
}
