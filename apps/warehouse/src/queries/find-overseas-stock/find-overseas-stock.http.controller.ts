import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { OverseasStock } from '../../domain/overseas-stock.entity';
import { findOperatedOverseasWarehouse, overseasWarehouseNotFound } from '../../shared/overseas-warehouse-access';
import { OverseasStockView, toOverseasStockLineView } from './overseas-stock.view';

/**
 * Goods in an overseas warehouse. Its operator (and admins) see every exporter's goods; an
 * exporting company (enterprise key) sees only its own, and a warehouse where it has none answers
 * as an unknown one.
 */
@ApiTags('overseas-warehouses')
@Controller('overseas-warehouses/:code/stock')
export class FindOverseasStockHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'enterprise', 'admin')
  @ApiOperation({ summary: "Stock of an overseas warehouse: the operator's view (all exporters) or an exporter's (its own goods)" })
  @ApiOkResponse({ type: OverseasStockView })
  @ApiErrors({ 404: { 'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND': "unknown, another operator's, or (for an exporter) holding none of its goods" } })
  async get(@Param('code') code: string, @CurrentCaller() caller: Caller): Promise<OverseasStockView> {
    const repo = this.dataSource.getRepository(OverseasStock);
    const order = { ownerCode: 'ASC', gcode: 'ASC', gname: 'ASC', unit: 'ASC' } as const;
    if (caller.role === 'enterprise') {
      const own = caller.enterpriseCode ? await repo.find({ where: { warehouseCode: code, ownerCode: caller.enterpriseCode }, order }) : [];
      if (!own.length) throw overseasWarehouseNotFound(code);
      return { warehouseCode: code, lines: own.map(toOverseasStockLineView) };
    }
    const warehouse = await findOperatedOverseasWarehouse(this.dataSource.manager, caller, code);
    const lines = await repo.find({ where: { warehouseCode: warehouse.code }, order });
    return { warehouseCode: warehouse.code, lines: lines.map(toOverseasStockLineView) };
  }
}
