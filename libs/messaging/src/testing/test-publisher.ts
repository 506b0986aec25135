import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { EventDefinition, EventEnvelope, eventHeaders, topicName } from '@lhasa/contracts';
import { testKafka } from './kafka';

export interface EnvelopeOptions {
  subject: string;
  source: string;
  tenant?: string;
  /** Kafka key; the subject when not given (documents to customs are keyed by orderNo). */
  key?: string;
}

/**
 * Publishes events the way another service's outbox relay would: the envelope as JSON, keyed by
 * its subject, with the CloudEvents headers (`eventHeaders`). Returns the envelopes so a test can wait for their
 * processing by id (SettledTracker).
 */
export class TestEventPublisher {
  private producer?: Producer;

  async start(): Promise<this> {
    this.producer = testKafka('test-publisher').producer({ allowAutoTopicCreation: true });
    await this.producer.connect();
    return this;
  }

  envelope<T extends object>(definition: EventDefinition<T>, data: T, options: EnvelopeOptions): EventEnvelope<T> {
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

  /** Sends ready envelopes to the topic of `definition`, in order, keyed by `key` or each subject. */
  async send(definition: EventDefinition<any>, envelopes: EventEnvelope<any>[], key?: string): Promise<void> {
    await this.producer!.send({
      topic: topicName(definition.topic),
      acks: -1,
      messages: envelopes.map((e) => ({ key: key ?? e.subject, value: JSON.stringify(e), headers: eventHeaders(e) })),
    });
  }

  async publish<T extends object>(definition: EventDefinition<T>, data: T, options: EnvelopeOptions): Promise<EventEnvelope<T>> {
    const envelope = this.envelope(definition, data, options);
    await this.send(definition, [envelope], options.key);
    return envelope;
  }

  /** Sends raw values (poison messages, hand-made envelopes) to a full topic name. */
  async sendRaw(topic: string, values: (string | Buffer)[], key = 'test'): Promise<void> {
    await this.producer!.send({ topic, acks: -1, messages: values.map((value) => ({ key, value })) });
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
    this.producer = undefined;
  }
}

export async function startTestPublisher(): Promise<TestEventPublisher> {
  return new TestEventPublisher().start();
}
