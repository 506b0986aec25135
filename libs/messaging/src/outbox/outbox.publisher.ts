import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope, eventHeaders, topicName, validatePlain } from '@lhasa/contracts';
import { currentCorrelationId } from '@lhasa/http';
import { MessagingConfig } from '../messaging.config';
import { markOutboxWritten } from './outbox-commit.subscriber';

export interface PublishInput<T> {
  /** The aggregate id; used as the Kafka key unless `key` says otherwise. */
  subject: string;
  data: T;
  tenant?: string;
  correlationId?: string;
  causationId?: string;
  /** Partition key when the aggregate id is not the right one (e.g. all documents of one order). */
  key?: string;
}

/**
 * Publishes into a transaction the caller already holds: OutboxPublisher.bind(manager) for a
 * command, InboxContext.publish inside a handler.
 */
export type TransactionalPublish = <T extends object>(definition: EventDefinition<T>, input: PublishInput<T>) => Promise<EventEnvelope<T>>;

export class InvalidEventError extends Error {
  constructor(type: string, detail: string) {
    super(`event ${type} is not valid: ${detail}`);
  }
}

/**
 * Writes events into the outbox with the caller's EntityManager, so the event commits or rolls
 * back with the business change. The commit wakes this process's relay (OutboxCommitSubscriber).
 */
export class OutboxPublisher {
  constructor(
    private readonly config: MessagingConfig,
    /** Called when a row was written outside a transaction, i.e. is committed already. */
    private readonly wake: () => void = () => undefined,
  ) {}

  /** This publisher bound to one transaction. */
  bind(manager: EntityManager): TransactionalPublish {
    return (definition, input) => this.publish(manager, definition, input);
  }

  async publish<T extends object>(manager: EntityManager, definition: EventDefinition<T>, input: PublishInput<T>): Promise<EventEnvelope<T>> {
    const checked = validatePlain(definition.payload as new () => T, input.data, { forbidUnknown: true });
    if ('errors' in checked) {
      throw new InvalidEventError(definition.type, checked.errors.map((e) => e.message).join('; '));
    }
    const id = randomUUID();
    const envelope: EventEnvelope<T> = {
      id,
      type: definition.type,
      version: definition.version,
      occurredAt: new Date().toISOString(),
      source: this.config.service,
      subject: input.subject,
      // A command's events carry its request's correlation id; a first event with none starts its own flow.
      correlationId: input.correlationId ?? currentCorrelationId() ?? id,
      causationId: input.causationId,
      tenant: input.tenant,
      data: JSON.parse(JSON.stringify(input.data)) as T,
    };
    const headers = eventHeaders(envelope);
    await manager.query(
      'INSERT INTO outbox (id, topic, key, type, headers, payload) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, topicName(definition.topic, this.config.topicNamespace), input.key ?? input.subject, definition.type, headers, envelope],
    );
    if (!markOutboxWritten(manager.queryRunner)) this.wake();
    return envelope;
  }
}
