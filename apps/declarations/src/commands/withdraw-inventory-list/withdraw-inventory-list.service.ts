import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { notFound, ruleBroken } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { ListStatus } from '../../domain/document-status';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { publishRejected } from '../../domain/list-events';
import { assertFiler, isPartyOf } from '../../shared/parties';
import { toWithdrawnListView, WithdrawnListView } from '../../shared/withdrawn-list.view';

export const WITHDRAWN = 'LIST.WITHDRAWN';

/**
 * Withdraws (撤回) a bonded list that customs has not got yet: it is still waiting for the
 * warehouse's pre-reduction, so it has no invtNo and no cancel (CEB623) can name it. The list is
 * CANCELLED at once, and InventoryListRejected (stage `cancelled`) tells the warehouse to return
 * a pre-reduction it may already have made; a stock answer arriving later changes nothing.
 */
@Injectable()
export class WithdrawInventoryListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  withdraw(caller: Caller, id: string, reason: string): Promise<WithdrawnListView> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(InventoryListEntity);
      const list = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!list || !isPartyOf(caller, 'inventoryList', list)) throw notFound('LIST.NOT_FOUND', `no inventory list ${id}`, 'id');
      // Those who may file the list may withdraw it; its platform only reads it.
      assertFiler(caller, [
        { field: 'agentCode', code: list.agentCode },
        { field: 'ebcCode', code: list.ebcCode },
      ]);
      if (list.status === ListStatus.Cancelled && list.rejectCode === WITHDRAWN) return toWithdrawnListView(list);
      if (list.status !== ListStatus.AwaitingStock) {
        throw ruleBroken(
          'LIST.NOT_WITHDRAWABLE',
          `inventory list ${id} is ${list.status}: only a list awaiting stock can be withdrawn; once customs has it, cancel it (POST /cancellations naming its invtNo)`,
          'id',
          { listStatus: list.status },
        );
      }
      list.status = ListStatus.Cancelled;
      list.rejectStage = 'cancelled';
      list.rejectCode = WITHDRAWN;
      list.rejectReason = reason;
      await repo.save(list);
      await publishRejected(this.outbox.bind(m), list, { stage: 'cancelled', reason: `withdrawn before customs had it: ${reason}` });
      return toWithdrawnListView(list);
    });
  }
}
