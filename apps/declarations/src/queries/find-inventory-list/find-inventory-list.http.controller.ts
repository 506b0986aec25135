import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiUuidParam, uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { findVisibleDocument } from '../../shared/documents';
import { InventoryListView, listRequestsOf, toInventoryListView } from '../../shared/inventory-list.view';
import { receiptsOf } from '../../shared/receipt.view';
import { partnersOf } from '../document-partners';

@ApiTags('inventory-lists')
@Controller('inventory-lists')
export class FindInventoryListHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: InventoryListView })
  @ApiUuidParam('LIST.NOT_FOUND', 'the same answer for an id that does not exist and for a list of which the caller is not a party')
  @ApiOperation({ summary: 'A list with status, customs numbers, tax (and the tax bill customs issued), receipts, partners, its cancel and return (parties: agentCode, ebcCode, ebpCode)' })
  async find(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<InventoryListView> {
    const m = this.dataSource.manager;
    const list = await findVisibleDocument<InventoryListEntity>(m, caller, 'inventoryList', id);
    const [receipts, partners, requests] = await Promise.all([receiptsOf(m, list.id), partnersOf(m, caller, 'inventoryList', list), listRequestsOf(m, list)]);
    return toInventoryListView(list, receipts, partners, requests);
  }
}
