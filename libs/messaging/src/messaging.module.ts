import { DynamicModule, Global, INestApplication, Inject, Injectable, Module, OnApplicationShutdown, Type } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { KafkaEventTransport } from './consumer/kafka-event.transport';
import { RethrowRpcExceptionFilter } from './consumer/rethrow.filter';
import { DEAD_LETTER_POLICY, DeadLetterPolicy } from './dead-letters/dead-letter';
import { DeadLettersHttpController } from './dead-letters/dead-letters.http.controller';
import { createKafka, createProducer } from './kafka/kafka.factory';
import { KafkaHealthIndicator } from './kafka/kafka.health';
import { MESSAGING_CONFIG, messagingConfig, MessagingConfig } from './messaging.config';
import { OutboxPublisher } from './outbox/outbox.publisher';
import { OutboxRelay } from './outbox/outbox.relay';
import { MessagingMetrics } from './metrics/messaging.metrics';

export const KAFKA = Symbol('KAFKA');
export const KAFKA_PRODUCER = Symbol('KAFKA_PRODUCER');

/**
 * Closes the Kafka clients the transport does not own (the health check's admin) and the
 * producer if the app stops before the transport ever started; open clients keep a process alive.
 */
@Injectable()
class KafkaClientsCloser implements OnApplicationShutdown {
  constructor(
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    private readonly health: KafkaHealthIndicator,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await this.health.close();
    await this.producer.disconnect().catch(() => undefined);
  }
}

/** Outbox, inbox and the Kafka transport for one service. Import once, in the app module. */
@Global()
@Module({})
export class MessagingModule {
  /**
   * `deadLetterPolicy`: the app's answer to a dead letter (docs/architecture.md "Reliability"). It
   * is built in this module, so it takes no constructor dependencies: what it needs comes with
   * each call (the transaction's manager and publish).
   */
  static forService(service: string, options: { deadLetterPolicy?: Type<DeadLetterPolicy> } = {}): DynamicModule {
    const config = ConfigModule.forFeature(messagingConfig(service));
    const policy = options.deadLetterPolicy ? [{ provide: DEAD_LETTER_POLICY, useClass: options.deadLetterPolicy }] : [];
    return {
      module: MessagingModule,
      imports: [config],
      controllers: [DeadLettersHttpController],
      providers: [
        { provide: KAFKA, useFactory: (c: MessagingConfig) => createKafka(c), inject: [MESSAGING_CONFIG] },
        { provide: KAFKA_PRODUCER, useFactory: (k: Kafka) => createProducer(k), inject: [KAFKA] },
        {
          provide: OutboxRelay,
          useFactory: (ds: DataSource, p: Producer, c: MessagingConfig) => new OutboxRelay(ds, p, c),
          inject: [getDataSourceToken(), KAFKA_PRODUCER, MESSAGING_CONFIG],
        },
        { provide: OutboxPublisher, useFactory: (c: MessagingConfig, r: OutboxRelay) => new OutboxPublisher(c, () => r.nudge()), inject: [MESSAGING_CONFIG, OutboxRelay] },
        {
          provide: KafkaEventTransport,
          useFactory: (k: Kafka, p: Producer, ds: DataSource, pub: OutboxPublisher, r: OutboxRelay, c: MessagingConfig, policy?: DeadLetterPolicy) => {
            const transport = new KafkaEventTransport(k, p, ds, pub, r, c);
            transport.useDeadLetterPolicy(policy);
            return transport;
          },
          inject: [KAFKA, KAFKA_PRODUCER, getDataSourceToken(), OutboxPublisher, OutboxRelay, MESSAGING_CONFIG, { token: DEAD_LETTER_POLICY, optional: true }],
        },
        ...policy,
        { provide: KafkaHealthIndicator, useFactory: (k: Kafka) => new KafkaHealthIndicator(k), inject: [KAFKA] },
        {
          provide: MessagingMetrics,
          useFactory: (ds: DataSource, t: KafkaEventTransport, c: MessagingConfig) => new MessagingMetrics(ds, t, c),
          inject: [getDataSourceToken(), KafkaEventTransport, MESSAGING_CONFIG],
        },
        KafkaClientsCloser,
      ],
      exports: [OutboxPublisher, KafkaEventTransport, KafkaHealthIndicator, MessagingMetrics, config],
    };
  }
}

/** Connects the service's Kafka transport to the Nest app; call before startAllMicroservices. */
export function connectMessaging(app: INestApplication): KafkaEventTransport {
  const transport = app.get(KafkaEventTransport);
  // Deferred so the filter is in place before Nest wraps the handlers (at listen time).
  const microservice = app.connectMicroservice({ strategy: transport }, { inheritAppConfig: false, deferInitialization: true });
  microservice.useGlobalFilters(new RethrowRpcExceptionFilter());
  return transport;
}

