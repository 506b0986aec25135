import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { OverseasWarehouseView } from '../../shared/overseas-warehouse.view';
import { WithdrawOverseasWarehouseService } from './withdraw-overseas-warehouse.service';

@ApiTags('overseas-warehouses')
@Controller('overseas-warehouses')
export class WithdrawOverseasWarehouseHttpController {
  constructor(private readonly service: WithdrawOverseasWarehouseService) {}

  @Post(':code/withdraw')
  @HttpCode(200)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Withdraw a registration (active false, final); published as warehouse.OverseasWarehouseRegistered; again is idempotent' })
  @ApiOkResponse({ type: OverseasWarehouseView })
  @ApiErrors({ 404: { 'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  withdraw(@Param('code') code: string, @CurrentCaller() caller: Caller): Promise<OverseasWarehouseView> {
    return this.service.withdraw(caller, code);
  }
}
