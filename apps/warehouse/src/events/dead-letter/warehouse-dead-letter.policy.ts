import { Injectable, Logger } from '@nestjs/common';
import { CustomsEvents, DeclarationEvents, WarehouseEvents } from '@lhasa/contracts';
import { DeadLetter, DeadLetterContext, DeadLetterPolicy } from '@lhasa/messaging';
import { unbindFromExit } from '../../domain/exit-binding';
import { decideStockTake } from '../../domain/stock-take-decision';
import { GatePass } from '../../domain/gate-pass.entity';
import { StockLedger } from '../../domain/stock-ledger';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { VerificationList } from '../../domain/verification-list.entity';
import { isUuid } from '@lhasa/domain';

/**
 * Nothing accepted gets stuck: when the warehouse gives up on a message (its handler kept failing
 * or refused it, or it was poison), whoever waits on it gets a final answer with the reason. A
 * declared list that was not pre-reduced is refused (declarations rejects it); a verification
 * list or gate pass still waiting for customs is REJECTED, the reason in returnInfo.
 */
@Injectable()
export class WarehouseDeadLetterPolicy implements DeadLetterPolicy {
  private readonly log = new Logger(WarehouseDeadLetterPolicy.name);

  async onDeadLetter(letter: DeadLetter, { manager: m, publish }: DeadLetterContext): Promise<void> {
    const data = (letter.data && typeof letter.data === 'object' ? letter.data : {}) as Record<string, unknown>;
    const reason = `${letter.type ?? 'a message'} could not be processed (${letter.errorCode}): ${letter.errorMessage}`.slice(0, 2000);
    if (letter.type === DeclarationEvents.InventoryListDeclared.type) {
      const listId = data.listId;
      if (typeof listId !== 'string' || !isUuid(listId)) return;
      if (await m.getRepository(StockReservation).existsBy({ listId })) return;
      await publish(WarehouseEvents.StockPreReductionRefused, {
        subject: listId,
        tenant: letter.tenant,
        data: { listId, ...(typeof data.emsNo === 'string' && data.emsNo ? { emsNo: data.emsNo } : {}), code: 'WAREHOUSE.PROCESSING_FAILED', reason },
      });
      this.log.warn(`inventory list ${listId} refused: ${reason}`);
      return;
    }
    if (letter.type !== CustomsEvents.ReceiptIssued.type || typeof data.businessKey !== 'string' || !isUuid(data.businessKey)) return;
    const id = data.businessKey;
    if (data.messageType === 'INV101') {
      const list = await m.getRepository(VerificationList).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!list || list.status !== 'SENT') return;
      await m.getRepository(VerificationList).update({ id }, { status: 'REJECTED', returnInfo: reason });
      // As customs' own rejection: an exit list lets its inventory lists be grouped again, a
      // stock-take's list releases its hold (nothing moves).
      if (list.purpose === 'STOCK_TAKE') await decideStockTake(m, publish, new StockLedger(), list, { kind: 'returned', at: new Date(), reason });
      else if (list.impexpMarkcd === 'E') await unbindFromExit(m, publish, new StockLedger(), list);
      this.log.warn(`verification list ${id} rejected: ${reason}`);
    } else if (data.messageType === 'SAS121') {
      const pass = await m.getRepository(GatePass).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!pass || pass.status !== 'SENT') return;
      await m.getRepository(GatePass).update({ id }, { status: 'REJECTED', returnInfo: reason });
      this.log.warn(`gate pass ${id} rejected: ${reason}`);
    }
  }
}
