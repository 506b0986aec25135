import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { deadLetterTopic, EventEnvelope, Topics, topicName, WarehouseEvents } from '@lhasa/contracts';
import { buildDataSourceOptions, prepareDatabase } from '@lhasa/persistence';
import {
  createKafka,
  createProducer,
  InboxContext,
  KafkaEventTransport,
  loadMessagingConfig,
  messagingMigrations,
  OutboxPublisher,
  OutboxRelay,
  MessagingMetrics,
  PermanentMessageError,
} from '@lhasa/messaging';
import { currentCorrelationId, ServiceMetrics } from '@lhasa/http';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { recordTopic, SettledTracker, startTestPublisher, TestEventPublisher, trackSettled } from '@lhasa/messaging/testing';
import { waitFor } from '../../../tests/support/wait-for';

jest.setTimeout(90000);

const service = 'msgtest';
const options = buildDataSourceOptions({ service, entities: [], migrations: messagingMigrations });

async function openDataSource(): Promise<DataSource> {
  const ds = new DataSource(options);
  await ds.initialize();
  return ds;
}

function relayFor(ds: DataSource) {
  const config = loadMessagingConfig(service);
  const kafka = createKafka(config);
  const producer = createProducer(kafka);
  return { config, kafka, producer, relay: new OutboxRelay(ds, producer, config) };
}

const stockEvent = (listId: string = randomUUID()) => ({ listId, emsNo: 'T88001234567', lines: [{ itemRecordNo: '1', qty: '2' }] });

function envelopeOf(data: object, id: string = randomUUID()): EventEnvelope {
  return {
    id,
    type: WarehouseEvents.StockPreReduced.type,
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'test',
    subject: 'agg-1',
    correlationId: id,
    data,
  };
}


describe('messaging against real Kafka and PostgreSQL', () => {
  beforeAll(async () => {
    await prepareDatabase(options);
    const ds = await openDataSource();
    await ds.query('CREATE TABLE IF NOT EXISTS widgets (id uuid PRIMARY KEY, n int NOT NULL DEFAULT 0)');
    await ds.destroy();
  });

  afterAll(async () => {
    await dropNamespaceDatabases();
  });

  it('delivers an event committed with its business change even when the writer dies before relaying', async () => {
    const seen = await recordTopic(Topics.warehouseEvents);
    const writer = await openDataSource();
    const publisher = new OutboxPublisher(loadMessagingConfig(service));
    const widget = randomUUID();
    const data = stockEvent();
    const envelope = await writer.transaction(async (m) => {
      await m.query('INSERT INTO widgets (id) VALUES ($1)', [widget]);
      return publisher.publish(m, WarehouseEvents.StockPreReduced, { subject: widget, data });
    });
    // A rolled-back change leaves no event behind.
    await expect(
      writer.transaction(async (m) => {
        await publisher.publish(m, WarehouseEvents.StockPreReduced, { subject: 'rolled-back', data: stockEvent() });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    // The process "dies": its connections go away and no relay ever ran.
    await writer.destroy();

    const restarted = await openDataSource();
    expect(await restarted.query('SELECT count(*)::int AS n FROM outbox')).toEqual([{ n: 1 }]);
    const { producer, relay } = relayFor(restarted);
    await producer.connect();
    await relay.start();
    const arrived = await waitFor(
      async () => seen.messages.filter((m) => m.headers.ce_id === envelope.id),
      (found) => found.length === 1,
    );
    expect(arrived[0].key).toBe(widget);
    expect(arrived[0].json()).toMatchObject({ id: envelope.id, type: 'warehouse.StockPreReduced', data });
    expect(seen.messages.some((m) => m.key === 'rolled-back')).toBe(false);
    await relay.stop();
    expect(await restarted.query('SELECT count(*)::int AS n FROM outbox')).toEqual([{ n: 0 }]);
    await producer.disconnect();
    await restarted.destroy();
    await seen.stop();
  });

  describe('consuming', () => {
    let ds: DataSource;
    let transport: KafkaEventTransport;
    let handled: string[];
    const correlations = new Map<string, string | undefined>();
    let slowStarted = false;
    let laggingStarted = false;
    const failOnce = new Set<string>();
    /** listId → how many more attempts find "the database" gone. */
    const databaseOutage = new Map<string, number>();
    let publisher: TestEventPublisher;
    let settled: SettledTracker;
    const topic = topicName(Topics.warehouseEvents);
    const produceRaw = (values: (string | Buffer)[]) => publisher.sendRaw(topic, values, 'agg-1');

    beforeAll(async () => {
      ds = await openDataSource();
      const { config, kafka: k, producer, relay } = relayFor(ds);
      transport = new KafkaEventTransport(k, producer, ds, new OutboxPublisher(config), relay, config);
      handled = [];
      transport.addHandler(
        WarehouseEvents.StockPreReduced.type,
        async (event: EventEnvelope<{ listId: string }>, ctx: InboxContext) => {
          if (event.data.listId === '99999999-9999-4999-8999-999999999999') throw new Error('handler always fails');
          if (event.data.listId === '88888888-8888-4888-8888-888888888888') throw new PermanentMessageError('TEST.PERMANENT', 'cannot ever work');
          if (failOnce.delete(event.data.listId)) throw new Error('a transient failure');
          const outage = databaseOutage.get(event.data.listId);
          if (outage) {
            databaseOutage.set(event.data.listId, outage - 1);
            throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
          }
          if (event.data.listId === '77777777-7777-4777-8777-777777777777') {
            slowStarted = true;
            await new Promise((r) => setTimeout(r, 1500));
          }
          if (event.data.listId === '66666666-6666-4666-8666-666666666666') {
            laggingStarted = true;
            await new Promise((r) => setTimeout(r, 1500));
          }
          correlations.set(event.id, currentCorrelationId());
          await ctx.manager.query('INSERT INTO widgets (id, n) VALUES ($1, 1) ON CONFLICT (id) DO UPDATE SET n = widgets.n + 1', [event.data.listId]);
          await ctx.publish(WarehouseEvents.StockPreReductionReturned, { subject: event.data.listId, data: { ...stockEvent(event.data.listId) } });
          handled.push(event.id);
        },
        true,
      );
      settled = trackSettled(transport);
      publisher = await startTestPublisher();
      await transport.start();
    });

    afterAll(async () => {
      settled.stop();
      await publisher.stop();
      await transport.close();
      await ds.destroy();
    });

    /** How many times the handler changed state for one list id. */
    const counter = async (listId: string) => ((await ds.query('SELECT n FROM widgets WHERE id = $1', [listId]))[0]?.n ?? 0) as number;

    it('changes state once when the same message is delivered twice', async () => {
      const envelope = envelopeOf(stockEvent());
      await produceRaw([JSON.stringify(envelope), JSON.stringify(envelope)]);
      await waitFor(async () => settled.withIds([envelope.id]).length, (n) => n === 2);
      expect(settled.withIds([envelope.id]).map((m) => m.outcome)).toEqual(['handled', 'duplicate']);
      expect(await counter((envelope.data as { listId: string }).listId)).toBe(1);
      expect(handled.filter((id) => id === envelope.id)).toHaveLength(1);
      const inbox = await ds.query('SELECT count(*)::int AS n FROM processed_messages WHERE message_id = $1', [envelope.id]);
      expect(inbox).toEqual([{ n: 1 }]);
    });

    it('dead-letters poison messages and goes on with the next one', async () => {
      const dlq = await recordTopic(deadLetterTopic(topic, loadMessagingConfig(service).consumerGroup), { raw: true });
      const good = envelopeOf(stockEvent());
      await produceRaw([
        'this is not json',
        JSON.stringify({ ...envelopeOf(stockEvent()), id: 'not-a-uuid' }),
        JSON.stringify(envelopeOf({ listId: 'x', emsNo: '', lines: [] })),
        JSON.stringify({ ...envelopeOf(stockEvent()), version: 7 }),
        JSON.stringify(envelopeOf(stockEvent('99999999-9999-4999-8999-999999999999'))),
        JSON.stringify(envelopeOf(stockEvent('88888888-8888-4888-8888-888888888888'))),
        JSON.stringify(good),
      ]);
      // Settled means committed: the handler's own record of the call comes before the commit.
      expect((await settled.untilId(good.id)).outcome).toBe('handled');
      expect(await counter((good.data as { listId: string }).listId)).toBe(1);
      const codes = await waitFor(
        async () => dlq.messages.map((m) => m.headers['dlq-error-code']),
        (c) => c.length >= 6,
      );
      expect(codes).toEqual([
        'MESSAGING.UNPARSEABLE',
        'MESSAGING.INVALID_ENVELOPE',
        'MESSAGING.INVALID_PAYLOAD',
        'MESSAGING.UNKNOWN_VERSION',
        'MESSAGING.HANDLER_FAILED',
        'TEST.PERMANENT',
      ]);
      expect(dlq.messages[0].value).toBe('this is not json');
      expect(dlq.messages[4].headers['dlq-error-message']).toContain('handler always fails');
      // A failed attempt rolled back its inbox row, so nothing half-written remains.
      const failed = JSON.parse(dlq.messages[4].value).id;
      expect(await ds.query('SELECT count(*)::int AS n FROM processed_messages WHERE message_id = $1', [failed])).toEqual([{ n: 0 }]);
      await dlq.stop();
    });

    it('handles a batch in one transaction, in order; a message that fails rolls the run back, the ones before it are redone without it', async () => {
      const ids = Array.from({ length: 30 }, () => randomUUID());
      failOnce.add(ids[11]);
      const envelopes = ids.map((listId) => envelopeOf(stockEvent(listId)));
      await produceRaw(envelopes.map((e) => JSON.stringify(e)));
      await settled.untilIds(envelopes.map((e) => e.id));
      const ours = new Set(envelopes.map((e) => e.id));
      // One key, one partition: settled (committed) in the order produced, each once.
      expect(settled.settled.filter((m) => ours.has(m.id!)).map((m) => [m.id, m.outcome])).toEqual(envelopes.map((e) => [e.id, 'handled']));
      // Its effects are there exactly once, though the handlers before the failing one ran again.
      for (const listId of ids) expect(await counter(listId)).toBe(1);
      const calls = handled.filter((id) => ours.has(id));
      const runOf = (id: string) => calls.filter((c) => c === id).length;
      expect(failOnce.size).toBe(0);
      expect(runOf(envelopes[11].id)).toBe(1);
      expect(calls.slice(-18)).toEqual(envelopes.slice(12).map((e) => e.id));
    });

    it('commits nothing of a failing run, its repeat and a failing first message included, and keeps one inbox row per message', async () => {
      const ids = Array.from({ length: 5 }, () => randomUUID());
      failOnce.add(ids[0]);
      failOnce.add(ids[2]);
      const envelopes = ids.map((listId) => envelopeOf(stockEvent(listId)));
      const sent = [envelopes[0], envelopes[1], envelopes[2], envelopes[2], envelopes[3], envelopes[4]];
      await produceRaw(sent.map((e) => JSON.stringify(e)));
      await waitFor(async () => settled.withIds([envelopes[2].id]).length, (n) => n === 2);
      await settled.untilIds(envelopes.map((e) => e.id));
      expect(settled.withIds([envelopes[2].id]).map((m) => m.outcome)).toEqual(['handled', 'duplicate']);
      expect(settled.withIds(envelopes.map((e) => e.id)).filter((m) => m.outcome === 'handled').map((m) => m.id)).toEqual(envelopes.map((e) => e.id));
      for (const listId of ids) expect(await counter(listId)).toBe(1);
      const inbox = await ds.query('SELECT count(*)::int AS n FROM processed_messages WHERE message_id = ANY($1::uuid[])', [envelopes.map((e) => e.id)]);
      expect(inbox).toEqual([{ n: 5 }]);
      expect(failOnce.size).toBe(0);
    });

    it('keeps a message while the database is away, longer than the retries, instead of dead-lettering it', async () => {
      const dlq = await recordTopic(deadLetterTopic(topic, loadMessagingConfig(service).consumerGroup), { raw: true });
      const envelope = envelopeOf(stockEvent());
      const listId = (envelope.data as { listId: string }).listId;
      databaseOutage.set(listId, loadMessagingConfig(service).maxAttempts + 2);
      await produceRaw([JSON.stringify(envelope)]);
      expect((await settled.untilId(envelope.id, 60000)).outcome).toBe('handled');
      expect(databaseOutage.get(listId)).toBe(0);
      expect(await counter(listId)).toBe(1);
      expect(dlq.messages.some((m) => m.headers.ce_id === envelope.id)).toBe(false);
      await dlq.stop();
    });

    it('relays follow-up events written in the handler transaction, and flushes them on close', async () => {
      const seen = await recordTopic(Topics.warehouseEvents);
      const envelope = envelopeOf(stockEvent());
      await produceRaw([JSON.stringify(envelope)]);
      await waitFor(async () => handled.includes(envelope.id), Boolean);
      const followUp = await waitFor(
        async () => seen.messages.find((m) => m.headers['lhasa-causation-id'] === envelope.id),
        Boolean,
      );
      expect(followUp!.json()).toMatchObject({ type: 'warehouse.StockPreReductionReturned', correlationId: envelope.correlationId });
      await seen.stop();
    });

    it('shows its consumer lag rising and falling, dead letters per topic and the outbox on /metrics; handlers run under the message’s correlation id', async () => {
      const metrics = new ServiceMetrics('msgtest', [new MessagingMetrics(ds, transport, loadMessagingConfig(service))]);
      const value = async (name: string, labels: Record<string, string> = {}) => {
        const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
        const matching = (metric?.values ?? []).filter((v) => Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l));
        return matching.reduce((sum, v) => sum + Number(v.value), 0);
      };
      const slow = envelopeOf(stockEvent('66666666-6666-4666-8666-666666666666'));
      const behind = [1, 2, 3].map(() => envelopeOf(stockEvent()));
      await produceRaw([slow, ...behind].map((e) => JSON.stringify(e)));
      await waitFor(async () => laggingStarted, Boolean);
      // The slow message holds the partition: the three behind it are lag until it is done.
      expect(await value('kafka_consumer_lag', { topic })).toBeGreaterThanOrEqual(3);
      await waitFor(async () => settled.withIds([slow.id, ...behind.map((e) => e.id)]).length, (n) => n === 4);
      await waitFor(() => value('kafka_consumer_lag', { topic }), (lag) => lag === 0);
      expect(await value('messages_consumed_total', { type: WarehouseEvents.StockPreReduced.type, outcome: 'handled' })).toBeGreaterThanOrEqual(4);
      // The poison messages of the earlier test wait as dead letters of this topic.
      expect(await value('dead_letters', { topic, state: 'waiting' })).toBeGreaterThan(0);
      await waitFor(() => value('outbox_backlog'), (n) => n === 0);
      expect(await value('outbox_oldest_age_seconds')).toBe(0);
      const text = await metrics.metrics();
      expect(text).toContain(`kafka_consumer_lag{group="${loadMessagingConfig(service).kafkaGroupId}",topic="${topic}",partition="0",service="msgtest"} 0`);
      for (const e of [slow, ...behind]) expect(correlations.get(e.id)).toBe(e.correlationId);
    });

    it('drains on shutdown: stops consuming, finishes the message in flight, flushes the outbox', async () => {
      const seen = await recordTopic(Topics.warehouseEvents);
      const slow = envelopeOf(stockEvent('77777777-7777-4777-8777-777777777777'));
      await produceRaw([JSON.stringify(slow)]);
      await waitFor(async () => slowStarted, Boolean);
      await transport.close();
      expect(handled).toContain(slow.id);
      expect(await counter('77777777-7777-4777-8777-777777777777')).toBe(1);
      expect(await ds.query('SELECT count(*)::int AS n FROM outbox')).toEqual([{ n: 0 }]);
      await waitFor(async () => seen.messages.some((m) => m.headers['lhasa-causation-id'] === slow.id), Boolean);
      await seen.stop();
    });
  });
});
