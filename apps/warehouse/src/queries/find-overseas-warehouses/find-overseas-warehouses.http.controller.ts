import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, readScope, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { OverseasWarehouse } from '../../domain/overseas-warehouse.entity';
import { findOperatedOverseasWarehouse } from '../../shared/overseas-warehouse-access';
import { OverseasWarehouseView, toOverseasWarehouseView } from '../../shared/overseas-warehouse.view';

@ApiTags('overseas-warehouses')
@Controller('overseas-warehouses')
export class FindOverseasWarehousesHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: [OverseasWarehouseView], description: 'The registrations the caller operates (all for admin), withdrawn ones included' })
  async list(@CurrentCaller() caller: Caller): Promise<OverseasWarehouseView[]> {
    const operator = readScope(caller);
    const rows = await this.dataSource.getRepository(OverseasWarehouse).find({ where: operator ? { operatorCode: operator } : {}, order: { code: 'ASC' } });
    return rows.map(toOverseasWarehouseView);
  }

  @Get(':code')
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: OverseasWarehouseView })
  @ApiErrors({ 404: { 'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async get(@Param('code') code: string, @CurrentCaller() caller: Caller): Promise<OverseasWarehouseView> {
    return toOverseasWarehouseView(await findOperatedOverseasWarehouse(this.dataSource.manager, caller, code));
  }
}
