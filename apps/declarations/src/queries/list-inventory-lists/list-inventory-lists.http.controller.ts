import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiCursorPageResponse, CursorPage, paginate } from '@lhasa/http';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { InventoryListSummaryView, toInventoryListSummaryView } from '../../shared/inventory-list.view';
import { documentList, whereEqual, within } from '../document-list';
import { ListInventoryListsRequestDto } from './list-inventory-lists.request.dto';

@ApiTags('inventory-lists')
@Controller('inventory-lists')
export class ListInventoryListsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(InventoryListSummaryView, "the caller's lists, newest first; another enterprise's answer as if there were none")
  @ApiOperation({
    summary: 'Lists the caller is a party of (agentCode, ebcCode, ebpCode), by status, mode, direction, filing and release time and business number',
  })
  async list(@CurrentCaller() caller: Caller, @Query() q: ListInventoryListsRequestDto): Promise<CursorPage<InventoryListSummaryView>> {
    const qb = documentList<InventoryListEntity>(this.dataSource, caller, 'inventoryList', q);
    whereEqual(qb, {
      'd.trade_mode': q.tradeMode,
      'd.ie_flag': q.ieFlag,
      'd.cop_no': q.copNo,
      'd.invt_no': q.invtNo,
      'd.order_no': q.orderNo,
      'd.logistics_no': q.logisticsNo,
      'd.ebc_code': q.ebcCode,
    });
    within(qb, 'd.released_at', q.releasedFrom, q.releasedTo);
    return paginate(qb, q, toInventoryListSummaryView);
  }
}
