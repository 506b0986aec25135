import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, isAdmin, Roles } from '@lhasa/auth';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { listView } from '../inventory-list.view';
import { whereParty } from '../../shared/parties';
import { ListInventoryListsRequestDto } from './list-inventory-lists.request.dto';

@ApiTags('inventory-lists')
@Controller('inventory-lists')
export class ListInventoryListsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: "The caller's lists (as agent, e-commerce company or platform), newest first" })
  async list(@CurrentCaller() caller: Caller, @Query() query: ListInventoryListsRequestDto) {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const qb = this.dataSource.getRepository(InventoryListEntity).createQueryBuilder('l');
    if (!isAdmin(caller)) qb.andWhere(whereParty(caller, 'inventoryList', 'l'));
    if (query.status) qb.andWhere('l.status = :status', { status: query.status });
    if (query.orderNo) qb.andWhere('l.order_no = :orderNo', { orderNo: query.orderNo });
    if (query.copNo) qb.andWhere('l.cop_no = :copNo', { copNo: query.copNo });
    const [rows, total] = await qb.orderBy('l.created_at', 'DESC').addOrderBy('l.id').take(limit).skip(offset).getManyAndCount();
    return { items: rows.map(listView), total, limit, offset };
  }
}
