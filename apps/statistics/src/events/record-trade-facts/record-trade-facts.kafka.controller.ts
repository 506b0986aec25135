import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  DeclarationEvents,
  EventEnvelope,
  InventoryListRejectedV1,
  InventoryListReleasedV1,
  InventoryListReturnedV1,
  VerificationListApprovedV1,
  WarehouseEvents,
} from '@lhasa/contracts';
import { DomainError } from '@lhasa/domain';
import { InboxContext, PermanentMessageError } from '@lhasa/messaging';
import { factsFromCancelledList, factsFromReleasedList, factsFromReturn, factsFromVerificationList, rateKeyOf } from '../../domain/derive-trade-facts';
import { TradeFact } from '../../domain/trade-fact';
import { RateBook } from '../../shared/rate-book';
import { EnterpriseNamesWriter } from './enterprise-names.writer';
import { TradeFactWriter } from './trade-fact.writer';

/**
 * Counts released documents (domain.md §9): a bonded entry (一线) approved by customs as border
 * import, a released inventory list as retail value (and border value when its goods cross with
 * it), and nets approved returns off their list with negative RETURN facts. A rejected list was
 * never counted; a cancelled one only when customs had released it (a cancel is allowed until the
 * goods leave: domain.md §3b), and is then netted to zero the same way. A document takes its
 * currency's rate for its release month (RateBook); a return, the rate its list was counted at.
 */
@Controller()
export class RecordTradeFactsKafkaController {
  constructor(
    private readonly writer: TradeFactWriter,
    private readonly rates: RateBook,
    private readonly enterprises: EnterpriseNamesWriter,
  ) {}

  @EventPattern(WarehouseEvents.VerificationListApproved.type)
  async onVerificationListApproved(@Payload() event: EventEnvelope<VerificationListApprovedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const rates = await this.rates.lookup(ctx.manager, rateKeyOf(event.data.currency, event.data.approvedAt));
    await this.record(ctx, event.id, () => factsFromVerificationList(event.data, rates));
  }

  @EventPattern(DeclarationEvents.InventoryListReleased.type)
  async onInventoryListReleased(@Payload() event: EventEnvelope<InventoryListReleasedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.enterprises.remember(ctx.manager, event.data.ebcCode, event.data.ebcName, event.data.releasedAt);
    const rates = await this.rates.lookup(ctx.manager, rateKeyOf(event.data.currency, event.data.releasedAt));
    await this.record(ctx, event.id, () => factsFromReleasedList(event.data, rates));
  }

  @EventPattern(DeclarationEvents.InventoryListReturned.type)
  async onInventoryListReturned(@Payload() event: EventEnvelope<InventoryListReturnedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    if (await this.writer.hasReturn(ctx.manager, event.data.returnId)) return;
    const counted = await this.countedLines(ctx, event.data.listId);
    await this.record(ctx, event.id, () => factsFromReturn(event.data, counted));
  }

  @EventPattern(DeclarationEvents.InventoryListRejected.type)
  async onInventoryListRejected(@Payload() event: EventEnvelope<InventoryListRejectedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    if (event.data.stage !== 'cancelled') return;
    // Netted once: the cancel's facts carry the list's own id as their source.
    if (await this.writer.hasReturn(ctx.manager, event.data.listId)) return;
    const counted = await this.countedLines(ctx, event.data.listId);
    await this.record(ctx, event.id, () => factsFromCancelledList(event.data.listId, counted, event.occurredAt));
  }

  /**
   * A list's counted facts, under the rate lock of their currency and month first: a rate loaded
   * or corrected meanwhile re-converts the list and its returns together, so a return is never
   * left at a rate its list no longer has.
   */
  private async countedLines(ctx: InboxContext, listId: string) {
    for (const key of await this.writer.rateKeysOf(ctx.manager, listId)) await this.rates.lock(ctx.manager, key.currency, key.month);
    return this.writer.countedLines(ctx.manager, listId);
  }

  private async record(ctx: InboxContext, eventId: string, derive: () => TradeFact[]): Promise<void> {
    let facts: TradeFact[];
    try {
      facts = derive();
    } catch (error) {
      // The event cannot be counted as it is (e.g. a return of a list not counted): dead-letter it for a replay.
      if (error instanceof DomainError) throw new PermanentMessageError(error.code, error.message);
      throw error;
    }
    await this.writer.record(ctx.manager, facts, eventId);
  }
}
