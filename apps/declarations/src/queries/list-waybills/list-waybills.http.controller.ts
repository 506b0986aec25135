import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiCursorPageResponse, CursorPage, paginate } from '@lhasa/http';
import { WaybillEntity } from '../../domain/waybill.entity';
import { toWaybillSummaryView, WaybillSummaryView } from '../../shared/waybill.view';
import { documentList, whereEqual } from '../document-list';
import { ListWaybillsRequestDto } from './list-waybills.request.dto';

@ApiTags('waybills')
@Controller('waybills')
export class ListWaybillsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(WaybillSummaryView, "the caller's waybills, newest first; another enterprise's answer as if there were none")
  @ApiOperation({ summary: 'Waybills the caller is the logistics company of, by status, filing time and business number' })
  async list(@CurrentCaller() caller: Caller, @Query() q: ListWaybillsRequestDto): Promise<CursorPage<WaybillSummaryView>> {
    const qb = documentList<WaybillEntity>(this.dataSource, caller, 'waybill', q);
    whereEqual(qb, { 'd.logistics_no': q.logisticsNo, 'd.order_no': q.orderNo, 'd.logistics_code': q.logisticsCode });
    return paginate(qb, q, toWaybillSummaryView);
  }
}
