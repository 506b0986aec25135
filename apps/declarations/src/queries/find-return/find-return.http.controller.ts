import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { notFound } from '@lhasa/domain';
import { ApiUuidParam, uuidParam } from '@lhasa/http';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { ListReturnEntity, ListReturnLineEntity } from '../../domain/list-return.entity';
import { ListReturnView, toListReturnView } from '../../shared/list-return.view';
import { isPartyOf } from '../../shared/parties';
import { receiptsOf, ReceiptView } from '../../shared/receipt.view';

@ApiTags('returns')
@Controller('returns')
export class FindReturnHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'A consumer return (CEB625) with its lines, value, tax on what was kept and receipts (parties: agentCode, ebcCode, ebpCode)' })
  @ApiOkResponse({ type: ListReturnView, description: 'the return, with receipts[] (every receipt, applied or not)' })
  @ApiUuidParam('RETURN.NOT_FOUND', 'no such return, or not the caller’s')
  async find(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<ListReturnView & { receipts: ReceiptView[] }> {
    const m = this.dataSource.manager;
    const r = await m.getRepository(ListReturnEntity).findOneBy({ id });
    if (!r || !isPartyOf(caller, 'listReturn', r)) throw notFound('RETURN.NOT_FOUND', `no return ${id}`, 'id');
    const [lines, list] = await Promise.all([m.getRepository(ListReturnLineEntity).findBy({ returnId: id }), m.getRepository(InventoryListEntity).findOneByOrFail({ id: r.listId })]);
    return { ...toListReturnView(r, lines, list), receipts: await receiptsOf(m, r.id) };
  }
}
