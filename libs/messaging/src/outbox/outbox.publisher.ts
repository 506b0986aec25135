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
    const row = this.row(definition, input);
    await manager.query(`INSERT INTO outbox ${OUTBOX_COLUMNS} VALUES ${outboxValues(0)}`, row.params);
    this.written(manager);
    return row.envelope;
  }

  /**
   * An event validated and made into its outbox row without writing it, for a caller that writes
   * it in a statement together with its business rows (`INSERT INTO outbox ${OUTBOX_COLUMNS} VALUES
   * ${outboxValues(offset)}` with `params`), then calls `written` in the same transaction.
   */
  row<T extends object>(definition: EventDefinition<T>, input: PublishInput<T>): OutboxRow<T> {
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
    return { envelope, params: [id, topicName(definition.topic, this.config.topicNamespace), input.key ?? input.subject, definition.type, headers, envelope] };
  }

  /** After outbox rows were written with `manager`: its commit (or now, outside a transaction) wakes the relay. */
  written(manager: EntityManager): void {
    if (!markOutboxWritten(manager.queryRunner)) this.wake();
  }
}

/** An outbox row made by OutboxPublisher.row: its envelope, and the six values of OUTBOX_COLUMNS. */
export interface OutboxRow<T = unknown> {
  envelope: EventEnvelope<T>;
  params: unknown[];
}

export const OUTBOX_COLUMNS = '(id, topic, key, type, headers, payload)';

/** The VALUES tuple of one outbox row, its parameters numbered from `offset` + 1. */
export function outboxValues(offset: number): string {
  return `(${Array.from({ length: 6 }, (_, i) => `$${offset + i + 1}`).join(', ')})`;
}
