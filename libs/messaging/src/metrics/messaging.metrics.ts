import { Counter, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsCollector } from '@lhasa/http';
import { KafkaEventTransport } from '../consumer/kafka-event.transport';
import { MessagingConfig } from '../messaging.config';

/**
 * The messaging figures an operator watches: the outbox backlog and the age of its oldest event
 * (the relay falling behind, or Kafka away), the consumer group's lag per topic and partition,
 * dead letters per topic, and every consumed message by type and outcome. Gauges read the
 * database and the broker when scraped.
 */
export class MessagingMetrics implements MetricsCollector {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: KafkaEventTransport,
    private readonly config: MessagingConfig,
  ) {}

  registerMetrics(registry: Registry): void {
    const { dataSource, transport, config } = this;
    new Gauge({
      name: 'outbox_backlog',
      help: 'Events written to the outbox and not yet acknowledged by Kafka',
      registers: [registry],
      async collect() {
        const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM outbox');
        this.set(n);
      },
    });
    new Gauge({
      name: 'outbox_oldest_age_seconds',
      help: 'Age of the oldest event waiting in the outbox (0 when empty)',
      registers: [registry],
      async collect() {
        const [{ age }] = await dataSource.query('SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age FROM outbox');
        this.set(age);
      },
    });
    new Gauge({
      name: 'kafka_consumer_lag',
      help: "Messages on the partition the service's consumer group has not committed yet",
      labelNames: ['group', 'topic', 'partition'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const { topic, partition, lag } of await transport.consumerLag()) this.set({ group: config.kafkaGroupId, topic, partition: String(partition) }, lag);
      },
    });
    new Gauge({
      name: 'dead_letters',
      help: 'Dead letters recorded by this service, per topic, waiting for a replay or replayed',
      labelNames: ['topic', 'state'],
      registers: [registry],
      async collect() {
        this.reset();
        const rows: { topic: string; state: string; n: number }[] = await dataSource.query(
          "SELECT topic, CASE WHEN replayed_at IS NULL THEN 'waiting' ELSE 'replayed' END AS state, count(*)::int AS n FROM dead_letters GROUP BY 1, 2",
        );
        for (const { topic, state, n } of rows) this.set({ topic, state }, n);
      },
    });
    const consumed = new Counter({
      name: 'messages_consumed_total',
      help: 'Messages the consumer is done with, by event type and outcome (handled, duplicate, ignored, dead-lettered)',
      labelNames: ['type', 'outcome'],
      registers: [registry],
    });
    transport.onSettled(({ type, outcome }) => consumed.inc({ type: type ?? 'unknown', outcome }));
  }
}
