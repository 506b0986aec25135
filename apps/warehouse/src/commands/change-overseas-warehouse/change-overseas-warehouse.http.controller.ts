import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { OverseasWarehouseView } from '../../shared/overseas-warehouse.view';
import { ChangeOverseasWarehouseRequestDto } from './change-overseas-warehouse.request.dto';
import { ChangeOverseasWarehouseService } from './change-overseas-warehouse.service';

@ApiTags('overseas-warehouses')
@Controller('overseas-warehouses')
export class ChangeOverseasWarehouseHttpController {
  constructor(private readonly service: ChangeOverseasWarehouseService) {}

  @Patch(':code')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Change the name or address of a registration; a change is published as warehouse.OverseasWarehouseRegistered' })
  @ApiOkResponse({ type: OverseasWarehouseView })
  @ApiErrors({ 400: { 'WAREHOUSE.NOTHING_TO_CHANGE': 'the body changes nothing (code, country and operatorCode cannot change)' }, 404: { 'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND': "unknown, or another operator's (one answer for both)" }, 409: { 'WAREHOUSE.OVERSEAS_WAREHOUSE_WITHDRAWN': 'the overseas warehouse is withdrawn' } })
  change(@Param('code') code: string, @Body() body: ChangeOverseasWarehouseRequestDto, @CurrentCaller() caller: Caller): Promise<OverseasWarehouseView> {
    return this.service.change(caller, code, body);
  }
}
