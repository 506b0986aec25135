import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DeadLetterHeaders, deadLetterTopic, EventEnvelope, eventHeaders, Topics, topicName, WarehouseEvents } from '@lhasa/contracts';
import { ruleBroken } from '@lhasa/domain';
import { buildDataSourceOptions, prepareDatabase } from '@lhasa/persistence';
import {
  createKafka,
  createProducer,
  DeadLetter,
  DeadLetterAlreadyReplayedError,
  InboxContext,
  KafkaEventTransport,
  loadMessagingConfig,
  messagingMigrations,
  OutboxPublisher,
  OutboxRelay,
} from '@lhasa/messaging';
import { recordTopic, SettledTracker, startTestPublisher, TestEventPublisher, TopicRecording, trackSettled, untilOutboxEmpty } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../../../tests/support/databases';

jest.setTimeout(90000);

const service = 'dltest';
const options = buildDataSourceOptions({ service, entities: [], migrations: messagingMigrations });
const ALWAYS_FAILS = '99999999-9999-4999-8999-999999999999';
const DOMAIN_REFUSES = '88888888-8888-4888-8888-888888888888';
const POLICY_FAILS = '66666666-6666-4666-8666-666666666666';

const stockEvent = (listId: string = randomUUID()) => ({ listId, emsNo: 'T88001234567', lines: [{ itemRecordNo: '1', qty: '2' }] });

function envelopeOf(data: object, id: string = randomUUID()): EventEnvelope {
  return { id, type: WarehouseEvents.StockPreReduced.type, version: 1, occurredAt: new Date().toISOString(), source: 'test', subject: 'agg-dl', correlationId: id, tenant: 'T1', data };
}

describe('dead letters: recorded, answered by the policy, replayable (real Kafka and PostgreSQL)', () => {
  let ds: DataSource;
  let transport: KafkaEventTransport;
  let publisher: TestEventPublisher;
  let settled: SettledTracker;
  let dlq: TopicRecording;
  let events: TopicRecording;
  /** List ids whose handler fails until removed from here ("the cause is fixed"). */
  const broken = new Set<string>([ALWAYS_FAILS]);
  const policyCalls: DeadLetter[] = [];
  const config = { ...loadMessagingConfig(service), maxAttempts: 2 };
  const topic = topicName(Topics.warehouseEvents);
  const row = async (id: string) => (await ds.query('SELECT * FROM dead_letters WHERE id = $1', [id]))[0];

  beforeAll(async () => {
    await prepareDatabase(options);
    ds = new DataSource(options);
    await ds.initialize();
    await ds.query('CREATE TABLE widgets (id uuid PRIMARY KEY)');
    const kafka = createKafka(config);
    const producer = createProducer(kafka);
    transport = new KafkaEventTransport(kafka, producer, ds, new OutboxPublisher(config), new OutboxRelay(ds, producer, config), config);
    transport.addHandler(
      WarehouseEvents.StockPreReduced.type,
      async (event: EventEnvelope<{ listId: string }>, ctx: InboxContext) => {
        await ctx.manager.query('INSERT INTO widgets (id) VALUES ($1)', [event.data.listId]);
        if (broken.has(event.data.listId)) throw new Error('handler fails');
        if (event.data.listId === DOMAIN_REFUSES) throw ruleBroken('TEST.RULE', 'a rule refuses this list');
      },
      true,
    );
    transport.useDeadLetterPolicy({
      onDeadLetter: async (letter, ctx) => {
        policyCalls.push(letter);
        const listId = (letter.data as { listId?: string } | undefined)?.listId;
        if (listId === POLICY_FAILS) throw new Error('the policy has a bug');
        if (typeof listId === 'string' && /^[0-9a-f-]{36}$/.test(listId)) {
          await ctx.publish(WarehouseEvents.StockPreReductionRefused, { subject: listId, data: { listId, code: 'TEST.GAVE_UP', reason: letter.errorMessage } });
        }
      },
    });
    settled = trackSettled(transport);
    publisher = await startTestPublisher();
    dlq = await recordTopic(deadLetterTopic(topic, config.consumerGroup), { raw: true });
    events = await recordTopic(Topics.warehouseEvents);
    await transport.start();
  });

  afterAll(async () => {
    settled?.stop();
    await dlq?.stop();
    await events?.stop();
    await publisher?.stop();
    await transport?.close();
    await ds?.destroy();
    await dropNamespaceDatabases();
  });

  const send = (values: string[]) => publisher.sendRaw(topic, values, 'agg-dl');
  const json = (m: { value: string }) => {
    try {
      return JSON.parse(m.value);
    } catch {
      return {};
    }
  };
  const letterOf = (messageId: string) => ds.query('SELECT * FROM dead_letters WHERE message_id = $1 ORDER BY dead_lettered_at', [messageId]);

  it('records each dead letter with its error, attempts and raw message, and copies it to the DLQ topic with dlq-* headers', async () => {
    const failing = envelopeOf(stockEvent(ALWAYS_FAILS));
    const refused = envelopeOf(stockEvent(DOMAIN_REFUSES));
    const invalid = envelopeOf({ listId: 'x', emsNo: '', lines: [] });
    await send(['not json \u0000 at all', JSON.stringify(invalid), JSON.stringify(failing), JSON.stringify(refused)]);
    await settled.untilIds([invalid.id, failing.id, refused.id]);
    await untilOutboxEmpty(ds);

    const rows = await ds.query(`SELECT * FROM dead_letters WHERE consumer_group = $1 AND replay_of IS NULL ORDER BY "offset"`, [config.consumerGroup]);
    expect(rows.map((r: any) => [r.error_code, r.attempts])).toEqual([
      ['MESSAGING.UNPARSEABLE', 1],
      ['MESSAGING.INVALID_PAYLOAD', 1],
      ['MESSAGING.HANDLER_FAILED', 2],
      ['TEST.RULE', 1], // a DomainError is permanent: no retries
    ]);
    expect(rows[0].value.toString('utf8')).toBe('not json \u0000 at all');
    expect(rows[0].message_id).toBeNull();
    const failed = rows[2];
    expect(failed).toMatchObject({ topic, message_id: failing.id, type: 'warehouse.StockPreReduced', subject: 'agg-dl', tenant: 'T1', replayed_at: null });
    expect(failed.error_message).toContain('handler fails');
    expect(failed.key.toString()).toBe('agg-dl');
    expect(JSON.parse(failed.value.toString()).id).toBe(failing.id);

    const copies = await dlq.caughtUp();
    const copy = copies.find((m) => m.headers[DeadLetterHeaders.id] === failed.id)!;
    expect(copy.headers).toMatchObject({
      [DeadLetterHeaders.errorCode]: 'MESSAGING.HANDLER_FAILED',
      [DeadLetterHeaders.topic]: topic,
      [DeadLetterHeaders.offset]: failed.offset,
      [DeadLetterHeaders.consumerGroup]: config.consumerGroup,
      [DeadLetterHeaders.attempts]: '2',
    });
    expect(copy.headers[DeadLetterHeaders.errorMessage]).toContain('handler fails');
    expect(Object.keys(copy.headers).some((h) => h.startsWith('dlq_'))).toBe(false);
    // A failed attempt left nothing: its inbox row and its effect rolled back.
    expect(await ds.query('SELECT count(*)::int AS n FROM processed_messages WHERE message_id = $1', [failing.id])).toEqual([{ n: 0 }]);
    expect(await ds.query('SELECT count(*)::int AS n FROM widgets WHERE id = $1', [ALWAYS_FAILS])).toEqual([{ n: 0 }]);
  });

  it("runs the app's policy in the dead letter's transaction; a failing policy is noted and the message still dead-lettered", async () => {
    const listId = randomUUID();
    broken.add(listId);
    const failing = envelopeOf(stockEvent(listId));
    const bad = envelopeOf(stockEvent(POLICY_FAILS));
    broken.add(POLICY_FAILS);
    await send([JSON.stringify(failing), JSON.stringify(bad)]);
    const outcomes = await settled.untilIds([failing.id, bad.id]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['dead-lettered', 'dead-lettered']);
    await untilOutboxEmpty(ds);
    await events.caughtUp();
    const [letter] = await letterOf(failing.id);
    expect(policyCalls.find((c) => c.messageId === failing.id)).toMatchObject({ id: letter.id, errorCode: 'MESSAGING.HANDLER_FAILED', attempts: 2, subject: 'agg-dl' });
    const answer = events.messages.find((m) => json(m).type === WarehouseEvents.StockPreReductionRefused.type && json(m).data.listId === listId)!;
    expect(answer.json()).toMatchObject({ causationId: failing.id, correlationId: failing.correlationId, data: { code: 'TEST.GAVE_UP' } });
    const [noted] = await letterOf(bad.id);
    expect(noted.policy_error).toBe('the policy has a bug');
    expect(events.messages.some((m) => json(m).type === WarehouseEvents.StockPreReductionRefused.type && json(m).data?.listId === POLICY_FAILS)).toBe(false);
  });

  it('replays a dead letter once the cause is fixed: handled in this group, marked replayed, never twice', async () => {
    const listId = randomUUID();
    broken.add(listId);
    const failing = envelopeOf(stockEvent(listId));
    await send([JSON.stringify(failing)]);
    await settled.untilId(failing.id);
    const [letter] = await letterOf(failing.id);

    // Still broken: the replay dead-letters again, as a new record pointing back.
    const again = await transport.replay(letter.id);
    expect(again).toMatchObject({ id: letter.id, outcome: 'dead-lettered', deadLetterId: expect.any(String) });
    expect(await row(letter.id)).toMatchObject({ replay_outcome: 'dead-lettered', replayed_as: again!.deadLetterId });
    expect(await row(again!.deadLetterId!)).toMatchObject({ replay_of: letter.id, replayed_at: null, message_id: failing.id, attempts: 2 });
    await expect(transport.replay(letter.id)).rejects.toBeInstanceOf(DeadLetterAlreadyReplayedError);

    broken.delete(listId);
    const done = await transport.replay(again!.deadLetterId!);
    expect(done).toEqual({ id: again!.deadLetterId, outcome: 'handled' });
    expect(await ds.query('SELECT count(*)::int AS n FROM widgets WHERE id = $1', [listId])).toEqual([{ n: 1 }]);
    expect(await row(again!.deadLetterId!)).toMatchObject({ replay_outcome: 'handled' });
    expect((await row(again!.deadLetterId!)).replayed_at).not.toBeNull();
    await expect(transport.replay(again!.deadLetterId!)).rejects.toBeInstanceOf(DeadLetterAlreadyReplayedError);
    expect(await transport.replay(randomUUID())).toBeUndefined();

    const page = await transport.deadLetters.list({ status: 'dead', limit: 500, offset: 0 });
    expect(page.items.some((i) => i.messageId === failing.id)).toBe(false);
    const replayed = await transport.deadLetters.list({ status: 'replayed', type: 'warehouse.StockPreReduced', limit: 500, offset: 0 });
    expect(replayed.items.filter((i) => i.messageId === failing.id).map((i) => i.replayOutcome).sort()).toEqual(['dead-lettered', 'handled']);
    const detail = await transport.deadLetters.find(letter.id);
    expect(detail?.message).toMatchObject({ key: 'agg-dl', valueBase64: null });
    expect(JSON.parse(detail!.message.value!).id).toBe(failing.id);
  });

  it('produces events with exactly the CloudEvents binding headers and ours without the ce_ prefix', async () => {
    const publisherOf = new OutboxPublisher(config);
    const subject = randomUUID();
    const envelope = await ds.transaction((m) =>
      publisherOf.publish(m, WarehouseEvents.StockPreReductionReturned, { subject, tenant: '5401WH0001', causationId: 'cause-1', data: stockEvent(subject) }),
    );
    transport['relay'].nudge();
    await untilOutboxEmpty(ds);
    const seen = (await events.caughtUp()).find((m) => m.headers.ce_id === envelope.id)!;
    expect(seen.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: envelope.id,
      ce_source: 'dltest',
      ce_type: 'warehouse.StockPreReductionReturned',
      ce_time: envelope.occurredAt,
      ce_subject: subject,
      'content-type': 'application/json',
      'lhasa-version': '1',
      'lhasa-correlation-id': envelope.correlationId,
      'lhasa-causation-id': 'cause-1',
      'lhasa-tenant': '5401WH0001',
    });
    expect(seen.headers).toEqual(eventHeaders(envelope));
    expect(seen.headers.ce_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    for (const name of Object.keys(seen.headers).filter((h) => h.startsWith('ce_'))) expect(name.slice(3)).toMatch(/^[a-z0-9]+$/);
  });
});
