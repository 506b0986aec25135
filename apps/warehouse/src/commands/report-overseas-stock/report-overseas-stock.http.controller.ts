import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { OverseasStockReportView } from '../../shared/overseas-stock-report.view';
import { OverseasStockReportRequestDto } from './report-overseas-stock.request.dto';
import { ReportOverseasStockService } from './report-overseas-stock.service';

const NOT_FOUND = { 'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND': 'unknown, or holding none of the calling exporter’s goods (one answer for both)' };
const REUSED = { 'WAREHOUSE.REPORT_NO_REUSED': 'this reportNo was recorded with other lines or another reportedAt (the same report again answers as recorded)' };

/** The exporting enterprise's reports of its goods in an overseas warehouse (9810). */
@ApiTags('overseas-warehouses')
@Controller('overseas-warehouses/:code')
export class ReportOverseasStockHttpController {
  constructor(private readonly service: ReportOverseasStockService) {}

  @Post('sales')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Report goods sold from an overseas warehouse: its stock of them is lowered, never below zero; idempotent on reportNo' })
  @ApiCreatedResponse({ type: OverseasStockReportView })
  @ApiErrors({ 404: NOT_FOUND, 409: REUSED, 422: { 'WAREHOUSE.OVERSEAS_STOCK_INSUFFICIENT': 'a line sells more than the warehouse holds of those goods for the exporter (nothing moves)' } })
  sales(@Param('code') code: string, @Body() body: OverseasStockReportRequestDto, @CurrentCaller() caller: Caller): Promise<OverseasStockReportView> {
    return this.service.report(caller, code, 'SOLD', body);
  }

  @Post('returns')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Report goods returned to an overseas warehouse by buyers: they come back into its stock, never more than was sold; idempotent on reportNo' })
  @ApiCreatedResponse({ type: OverseasStockReportView })
  @ApiErrors({ 404: NOT_FOUND, 409: REUSED, 422: { 'WAREHOUSE.OVERSEAS_RETURN_EXCEEDS_SOLD': 'a line returns more of those goods than was sold and not yet returned (nothing moves)' } })
  returns(@Param('code') code: string, @Body() body: OverseasStockReportRequestDto, @CurrentCaller() caller: Caller): Promise<OverseasStockReportView> {
    return this.service.report(caller, code, 'RETURNED', body);
  }
}
