import { EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope } from '@lhasa/contracts';
import { OutboxPublisher, PublishInput, TransactionalPublish } from '../outbox/outbox.publisher';

/**
 * What a handler receives beside the event: the transaction its inbox row lives in, and a
 * publish that writes follow-up events into the same transaction, carrying the correlation on.
 */
export class InboxContext {
  constructor(
    readonly manager: EntityManager,
    readonly event: EventEnvelope,
    private readonly publisher: OutboxPublisher,
  ) {}

  /** Bound, so it can be handed on as a TransactionalPublish. */
  readonly publish: TransactionalPublish = <T extends object>(definition: EventDefinition<T>, input: PublishInput<T>): Promise<EventEnvelope<T>> =>
    this.publisher.publish(this.manager, definition, {
      ...input,
      correlationId: input.correlationId ?? this.event.correlationId,
      causationId: input.causationId ?? this.event.id,
    });
}

/** A failure that retrying cannot mend (the message itself is wrong): dead-letter it at once. */
export class PermanentMessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
