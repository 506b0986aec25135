import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, ExitListsBoundV1, ExitListsUnboundV1, WarehouseEvents } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { InventoryListEntity } from '../../domain/inventory-list.entity';

/**
 * The warehouse's word on which bonded lists are leaving the zone: bound to an exit verification
 * list (no cancel any more), or free again once customs rejected it. The latest change per list
 * wins, by the warehouse's time (`exitBindingChangedAt`), so a redelivered, replayed or late event
 * changes nothing; the inbox already drops exact redeliveries. Only lists of the named ledger move.
 */
@Controller()
export class ExitBindingKafkaController {
  private readonly log = new Logger(ExitBindingKafkaController.name);

  @EventPattern(WarehouseEvents.ExitListsBound.type)
  async onExitListsBound(@Payload() event: EventEnvelope<ExitListsBoundV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const { verificationListId, emsNo, listIds, boundAt } = event.data;
    await this.change(ctx, event.type, emsNo, listIds, new Date(boundAt), { exitVerificationListId: verificationListId, boundForExitAt: new Date(boundAt) });
  }

  @EventPattern(WarehouseEvents.ExitListsUnbound.type)
  async onExitListsUnbound(@Payload() event: EventEnvelope<ExitListsUnboundV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const { emsNo, listIds, unboundAt } = event.data;
    await this.change(ctx, event.type, emsNo, listIds, new Date(unboundAt), { exitVerificationListId: null, boundForExitAt: null });
  }

  private async change(
    ctx: InboxContext,
    type: string,
    emsNo: string,
    listIds: string[],
    at: Date,
    binding: Pick<InventoryListEntity, 'exitVerificationListId' | 'boundForExitAt'>,
  ): Promise<void> {
    const result = await ctx.manager
      .getRepository(InventoryListEntity)
      .createQueryBuilder()
      .update()
      .set({ ...binding, exitBindingChangedAt: at })
      .where('id = ANY(:listIds) AND ems_no = :emsNo', { listIds, emsNo })
      .andWhere('(exit_binding_changed_at IS NULL OR exit_binding_changed_at < :at)', { at })
      .execute();
    if ((result.affected ?? 0) < listIds.length) {
      this.log.log(`${type} on ledger ${emsNo}: ${result.affected ?? 0} of ${listIds.length} lists changed (the others unknown here, or changed later already)`);
    }
  }
}
