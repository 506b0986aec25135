import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { RemoveGoodsOwnerService } from './remove-goods-owner.service';

@ApiTags('goods-owners')
@Controller('ledgers/:emsNo/goods-owners/:ebcCode')
export class RemoveGoodsOwnerHttpController {
  constructor(private readonly service: RemoveGoodsOwnerService) {}

  @Delete()
  @HttpCode(204)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Remove a goods owner: its new lists are refused; lists already pre-reduced are not touched' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)", 'WAREHOUSE.GOODS_OWNER_NOT_FOUND': 'the company is not a goods owner of the ledger' } })
  remove(@Param('emsNo') emsNo: string, @Param('ebcCode') ebcCode: string, @CurrentCaller() caller: Caller): Promise<void> {
    return this.service.remove(caller, emsNo, ebcCode);
  }
}
