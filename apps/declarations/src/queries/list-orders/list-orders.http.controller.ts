import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiCursorPageResponse, CursorPage, paginate } from '@lhasa/http';
import { OrderEntity } from '../../domain/order.entity';
import { OrderSummaryView, toOrderSummaryView } from '../../shared/order.view';
import { documentList, whereEqual } from '../document-list';
import { ListOrdersRequestDto } from './list-orders.request.dto';

@ApiTags('orders')
@Controller('orders')
export class ListOrdersHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(OrderSummaryView, "the caller's orders, newest first; another enterprise's answer as if there were none")
  @ApiOperation({ summary: 'Orders the caller is a party of (ebcCode, ebpCode, payCode), by status, type, filing time and business number' })
  async list(@CurrentCaller() caller: Caller, @Query() q: ListOrdersRequestDto): Promise<CursorPage<OrderSummaryView>> {
    const qb = documentList<OrderEntity>(this.dataSource, caller, 'order', q);
    whereEqual(qb, { 'd.order_no': q.orderNo, 'd.ebc_code': q.ebcCode, 'd.ebp_code': q.ebpCode, "d.document->>'orderType'": q.orderType });
    return paginate(qb, q, toOrderSummaryView);
  }
}
