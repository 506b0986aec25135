import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { isPartyOf } from '../../shared/parties';
import { listViewWithReceipts } from '../inventory-list.view';
import { notFound } from '@lhasa/domain';

@ApiTags('inventory-lists')
@Controller('inventory-lists')
export class FindInventoryListHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'A list with status, customs numbers, tax and receipts (parties: agentCode, ebcCode, ebpCode)' })
  async find(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const list = await this.dataSource.getRepository(InventoryListEntity).findOneBy({ id });
    if (!list || !isPartyOf(caller, 'inventoryList', list)) {
      throw notFound('LIST.NOT_FOUND', `no inventory list ${id}`, 'id');
    }
    return listViewWithReceipts(this.dataSource.manager, list);
  }
}
