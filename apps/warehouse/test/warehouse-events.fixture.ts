import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { EventDefinition, EventEnvelope, topicName } from '@lhasa/contracts';
import { testKafka } from '../../../tests/support/kafka-probe';

/** Publishes events the way another service's outbox relay would: envelope as JSON, key = subject. */
export class EventPublisher {
  private producer?: Producer;

  async start(): Promise<void> {
    this.producer = testKafka().producer({ allowAutoTopicCreation: true });
    await this.producer.connect();
  }

  envelope<T extends object>(definition: EventDefinition<T>, data: T, options: { subject: string; source: string; tenant?: string }): EventEnvelope<T> {
    const id = randomUUID();
    return {
      id,
      type: definition.type,
      version: definition.version,
      occurredAt: new Date().toISOString(),
      source: options.source,
      subject: options.subject,
      correlationId: id,
      tenant: options.tenant,
      data,
    };
  }

  async send(definition: EventDefinition, ...envelopes: EventEnvelope[]): Promise<void> {
    await this.producer!.send({
      topic: topicName(definition.topic),
      acks: -1,
      messages: envelopes.map((e) => ({ key: e.subject, value: JSON.stringify(e), headers: { ce_id: e.id, ce_type: e.type } })),
    });
  }

  async publish<T extends object>(definition: EventDefinition<T>, data: T, options: { subject: string; source: string; tenant?: string }): Promise<EventEnvelope<T>> {
    const envelope = this.envelope(definition, data, options);
    await this.send(definition as EventDefinition, envelope as EventEnvelope);
    return envelope;
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
  }
}
