import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, StockPreReducedV1, StockPreReductionRefusedV1, WarehouseEvents } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { CustomsPort } from '@lhasa/customs-port';
import { ListStatus } from '../../domain/document-status';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { publishRejected, submitListToCustoms } from '../../domain/list-events';
import { ModeRegistry } from '../../modes/mode-registry';
import { lockRow, saveChanges, snapshotOf, updateRow } from '../../shared/entity-sql';

/**
 * The warehouse's answer to InventoryListDeclared (1210 import and 1210 special-area export
 * alike): pre-reduced, the list goes to customs as its mode's message (CEB621 / CEB603). Only a list still awaiting stock moves, so a
 * redelivered or late answer changes nothing (the inbox already drops exact redeliveries).
 */
@Controller()
export class StockAnswerKafkaController {
  private readonly log = new Logger(StockAnswerKafkaController.name);

  constructor(
    private readonly customs: CustomsPort,
    private readonly modes: ModeRegistry,
  ) {}

  @EventPattern(WarehouseEvents.StockPreReduced.type)
  async onStockPreReduced(@Payload() event: EventEnvelope<StockPreReducedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    // Moved and locked in one statement when it awaits stock; otherwise nothing changes.
    const list = await updateRow(ctx.manager, InventoryListEntity, { id: event.data.listId, status: ListStatus.AwaitingStock }, { status: ListStatus.Declared, declaredAt: new Date() });
    if (!list) {
      await this.noteIgnored(ctx, event.data.listId, event.type);
      return;
    }
    await submitListToCustoms(this.customs, ctx.publish, list, this.modes.of(list).messageType);
  }

  @EventPattern(WarehouseEvents.StockPreReductionRefused.type)
  async onStockPreReductionRefused(@Payload() event: EventEnvelope<StockPreReductionRefusedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const list = await this.awaitingStock(ctx, event.data.listId, event.type);
    if (!list) return;
    const before = snapshotOf(list);
    list.status = ListStatus.Rejected;
    list.rejectStage = 'stock';
    list.rejectCode = event.data.code;
    list.rejectReason = event.data.reason;
    await saveChanges(ctx.manager, InventoryListEntity, before, list);
    await publishRejected(ctx.publish, list, { stage: 'stock', reason: event.data.reason });
  }

  /** The list, locked, if it is waiting for this answer; undefined (logged) otherwise. */
  private async awaitingStock(ctx: InboxContext, listId: string, type: string): Promise<InventoryListEntity | undefined> {
    const list = await lockRow(ctx.manager, InventoryListEntity, { id: listId });
    if (list?.status === ListStatus.AwaitingStock) return list;
    this.logIgnored(listId, type, list?.status);
    return undefined;
  }

  /** Says why an answer for a list that does not await stock (any more) changed nothing. */
  private async noteIgnored(ctx: InboxContext, listId: string, type: string): Promise<void> {
    const [row]: { status: ListStatus }[] = await ctx.manager.query('SELECT status FROM inventory_lists WHERE id = $1', [listId]);
    this.logIgnored(listId, type, row?.status);
  }

  private logIgnored(listId: string, type: string, status: ListStatus | undefined): void {
    if (!status) this.log.warn(`${type} for unknown list ${listId}: ignored`);
    else this.log.log(`${type} for list ${listId} in ${status}: ignored`);
  }
}
