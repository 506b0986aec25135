import { Controller, Inject, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, StockPreReducedV1, StockPreReductionRefusedV1, WarehouseEvents } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { declarationsConfig, DeclarationsConfig } from '../../config/declarations.config';
import { Publish } from '../../domain/customs-submission';
import { ListStatus } from '../../domain/document-status';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { publishRejected, submitListToCustoms } from '../../domain/list-events';

/**
 * The warehouse's answer to InventoryListDeclared. Only a list still awaiting stock moves, so a
 * redelivered or late answer changes nothing (the inbox already drops exact redeliveries).
 */
@Controller()
export class StockAnswerKafkaController {
  private readonly log = new Logger(StockAnswerKafkaController.name);

  constructor(@Inject(declarationsConfig.KEY) private readonly config: DeclarationsConfig) {}

  @EventPattern(WarehouseEvents.StockPreReduced.type)
  async onStockPreReduced(@Payload() event: EventEnvelope<StockPreReducedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const list = await this.awaitingStock(ctx, event.data.listId, event.type);
    if (!list) return;
    list.status = ListStatus.Declared;
    list.declaredAt = new Date();
    await ctx.manager.getRepository(InventoryListEntity).save(list);
    await submitListToCustoms(publisher(ctx), list, this.config.xmlSender);
  }

  @EventPattern(WarehouseEvents.StockPreReductionRefused.type)
  async onStockPreReductionRefused(@Payload() event: EventEnvelope<StockPreReductionRefusedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const list = await this.awaitingStock(ctx, event.data.listId, event.type);
    if (!list) return;
    list.status = ListStatus.Rejected;
    list.rejectStage = 'stock';
    list.rejectCode = event.data.code;
    list.rejectReason = event.data.reason;
    await ctx.manager.getRepository(InventoryListEntity).save(list);
    await publishRejected(publisher(ctx), list, { stage: 'stock', reason: event.data.reason });
  }

  /** The list, locked, if it is waiting for this answer; undefined (logged) otherwise. */
  private async awaitingStock(ctx: InboxContext, listId: string, type: string): Promise<InventoryListEntity | undefined> {
    const list = await ctx.manager.getRepository(InventoryListEntity).findOne({ where: { id: listId }, lock: { mode: 'pessimistic_write' } });
    if (!list) {
      this.log.warn(`${type} for unknown list ${listId}: ignored`);
      return undefined;
    }
    if (list.status !== ListStatus.AwaitingStock) {
      this.log.log(`${type} for list ${listId} in ${list.status}: ignored`);
      return undefined;
    }
    return list;
  }
}

export function publisher(ctx: InboxContext): Publish {
  return (definition, input) => ctx.publish(definition, input);
}
