import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { notFound } from '@lhasa/domain';
import { ApiUuidParam, uuidParam } from '@lhasa/http';
import { CancellationMessageType, ListCancellationEntity } from '../../domain/list-cancellation.entity';
import { ListCancellationView, toListCancellationView } from '../../shared/list-cancellation.view';
import { isPartyOf } from '../../shared/parties';
import { receiptsOf, ReceiptView } from '../../shared/receipt.view';

type CancellationWithReceipts = ListCancellationView & { receipts: ReceiptView[] };

async function findCancellation(dataSource: DataSource, caller: Caller, id: string, messageType: CancellationMessageType): Promise<CancellationWithReceipts> {
  const c = await dataSource.getRepository(ListCancellationEntity).findOneBy({ id, messageType });
  if (!c || !isPartyOf(caller, 'listCancellation', c)) throw notFound('CANCEL.NOT_FOUND', `no cancel ${id}`, 'id');
  return { ...toListCancellationView(c), receipts: await receiptsOf(dataSource.manager, c.id) };
}

@ApiTags('cancellations')
@Controller()
export class FindCancellationHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('cancellations/:id')
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'An import list cancel (CEB623) with its receipts (parties: agentCode, ebcCode, ebpCode)' })
  @ApiOkResponse({ type: ListCancellationView, description: 'the cancel, with receipts[] (every receipt, applied or not)' })
  @ApiUuidParam('CANCEL.NOT_FOUND', 'no such cancel, or not the caller’s')
  find(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<CancellationWithReceipts> {
    return findCancellation(this.dataSource, caller, id, 'CEB623');
  }

  @Get('export-cancellations/:id')
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'An export list cancel (CEB605) with its receipts (parties: agentCode, ebcCode)' })
  @ApiOkResponse({ type: ListCancellationView, description: 'the cancel, with receipts[] (every receipt, applied or not)' })
  @ApiUuidParam('CANCEL.NOT_FOUND', 'no such cancel, or not the caller’s')
  findExport(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<CancellationWithReceipts> {
    return findCancellation(this.dataSource, caller, id, 'CEB605');
  }
}
