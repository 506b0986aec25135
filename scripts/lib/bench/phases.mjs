// The measurements of `npm run bench` (see docs/benchmarks.md for what each one means).
// Everything runs against the compiled project code (dist/) and the infrastructure in
// process.env (KAFKA_BROKERS, DATABASE_URL), inside one namespace: topics, consumer groups and
// the database all start with `ns`, and cleanup() removes exactly those.
//
// Every loop here is bounded by a count and by the phase's deadline; a phase that times out
// sets ctx.aborted so its writers stop, and its closers (consumers, producers, relays) still run.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ratio, serialRate, summarize } from './stats.mjs';

const SERVICE = 'bench';
const now = () => performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects after ms; the timer does not keep the process alive. */
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
      timer.unref?.();
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Runs one phase with a deadline. ctx: { aborted, deadline, onClose(fn) }. Closers run in
 * reverse order whether the phase succeeded, failed or timed out.
 */
async function runPhase(name, fn, { timeoutMs, log, interrupted }) {
  const closers = [];
  const ctx = {
    aborted: false,
    deadline: Date.now() + timeoutMs,
    onClose: (close) => closers.push(close),
    check() {
      if (interrupted()) ctx.aborted = true;
      if (ctx.aborted) throw new Error(`${name}: aborted`);
    },
  };
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      ctx.aborted = true;
      reject(new Error(`timed out after ${timeoutMs / 1000} s`));
    }, timeoutMs);
  });
  const started = Date.now();
  log(`${name} …`);
  try {
    const result = await Promise.race([fn(ctx), timeout]);
    log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } finally {
    clearTimeout(timer);
    ctx.aborted = true;
    for (const close of closers.reverse()) {
      await withTimeout(Promise.resolve().then(close), 20_000, `${name} cleanup`).catch((err) => log(`${name}: cleanup: ${err.message}`));
    }
  }
}

/** Polls check() until it is truthy, the phase deadline passes or the phase is aborted. */
async function waitUntil(ctx, what, check, intervalMs = 5) {
  while (Date.now() < ctx.deadline) {
    ctx.check();
    if (await check()) return;
    await sleep(intervalMs);
  }
  throw new Error(`waiting for ${what}: phase deadline passed`);
}

/**
 * `concurrency` writers share one counter and call fn(i) for i in [0, total); returns the elapsed
 * time and each call's latency (ms).
 */
async function runWriters(ctx, { total, concurrency, fn }) {
  let next = 0;
  const latencies = [];
  const t0 = now();
  const writer = async () => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      ctx.check();
      const s = now();
      await fn(i, s);
      latencies.push(now() - s);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, writer));
  return { elapsedMs: now() - t0, latencies };
}

/** Everything one run needs; phases are methods so that the runner can time and isolate them. */
export async function runBench({ root, ns, settings, log, interrupted = () => false }) {
  const { loadProject } = await import('./project.mjs');
  const lib = loadProject(root);
  const { contracts, persistence, messaging, kafkajs, pg, typeorm } = lib;
  const { WarehouseEvents, Topics, topicName, Headers } = contracts;
  const env = { ...process.env, TOPIC_NAMESPACE: ns, DATABASE_NAMESPACE: ns };
  const brokers = (env.KAFKA_BROKERS || '127.0.0.1:9092').split(',').map((b) => b.trim());
  const N = settings.events;
  const W = settings.warmup;
  const B = settings.batchSize;
  const C = settings.concurrency;
  const type = WarehouseEvents.StockPreReduced;

  // --- event shapes: the same envelope, headers and size as the OutboxPublisher writes --------
  const eventData = (listId) => ({
    listId,
    emsNo: 'T88001234567',
    lines: Array.from({ length: settings.lines }, (_, i) => ({ itemRecordNo: String(i + 1), qty: '2' })),
  });
  const envelopeFor = (listId = randomUUID()) => {
    const id = randomUUID();
    return { id, type: type.type, version: type.version, occurredAt: new Date().toISOString(), source: SERVICE, subject: listId, correlationId: id, data: eventData(listId) };
  };
  const headersFor = (e) => ({
    [Headers.id]: e.id,
    [Headers.type]: e.type,
    [Headers.version]: String(e.version),
    [Headers.source]: e.source,
    [Headers.subject]: e.subject,
    [Headers.time]: e.occurredAt,
    [Headers.correlationId]: e.correlationId,
  });
  const kafkaMessage = (e) => ({ key: e.subject, value: JSON.stringify(e), headers: headersFor(e) });
  const messageBytes = Buffer.byteLength(JSON.stringify(envelopeFor()));

  const rawKafka = new kafkajs.Kafka({ clientId: `${ns}-raw`, brokers, logLevel: kafkajs.logLevel.ERROR, retry: { initialRetryTime: 200, retries: 8 } });
  const rawProducer = () =>
    rawKafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
  const admin = rawKafka.admin();

  const configFor = (topicNamespace) => messaging.loadMessagingConfig(SERVICE, { ...env, TOPIC_NAMESPACE: topicNamespace });
  const baseConfig = configFor(ns);
  const dbOptions = persistence.buildDataSourceOptions({ service: SERVICE, entities: [], migrations: messaging.messagingMigrations }, env);
  const dbUrl = persistence.resolveDatabaseUrl(SERVICE, env);
  let dataSource;

  const facts = { messageBytes, partitions: baseConfig.partitions, relayBatchSize: baseConfig.relayBatchSize, relayPollMs: baseConfig.relayPollMs, consumerConcurrency: baseConfig.partitionsConsumedConcurrently, poolSize: dbOptions.extra?.max };
  const rows = [];
  const extra = {};
  const consumeConfigConcurrency = () => baseConfig.partitionsConsumedConcurrently;
  const phaseOpts = { timeoutMs: settings.phaseTimeoutMs, log, interrupted };

  /** Runs a phase, records its row (or its failure) and returns the summary or undefined. */
  const measure = async (id, label, fn) => {
    if (interrupted()) {
      rows.push({ id, label, error: 'interrupted' });
      return undefined;
    }
    try {
      const result = await runPhase(`${id} ${label}`, fn, phaseOpts);
      rows.push({ id, label, result });
      return result;
    } catch (err) {
      log(`${id} ${label}: FAILED: ${err.stack ?? err.message}`);
      rows.push({ id, label, error: err.message });
      return undefined;
    }
  };

  const createTopic = async (topic) => {
    const existing = new Set(await admin.listTopics());
    if (!existing.has(topic)) await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: baseConfig.partitions, replicationFactor: baseConfig.replicationFactor }] });
  };

  /** Produces the given envelopes with a raw producer, B per sendBatch. */
  const produceAll = async (ctx, topic, envelopes) => {
    const producer = rawProducer();
    await producer.connect();
    try {
      for (let i = 0; i < envelopes.length; i += B) {
        ctx.check();
        await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: envelopes.slice(i, i + B).map(kafkaMessage) }] });
      }
    } finally {
      await producer.disconnect().catch(() => undefined);
    }
  };

  /** A raw consumer in its own group; calls onMessage(message, at) per message. Resolves once it joined. */
  const rawConsumer = async (ctx, { topic, group, onMessage }) => {
    const consumer = rawKafka.consumer({ groupId: `${ns}.${group}`, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
    ctx.onClose(() => consumer.disconnect());
    let joined = false;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      joined = true;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    consumer
      .run({
        partitionsConsumedConcurrently: baseConfig.partitionsConsumedConcurrently,
        eachBatch: async ({ batch, heartbeat }) => {
          for (const message of batch.messages) onMessage(message, now());
          await heartbeat();
        },
      })
      .catch((err) => log(`consumer ${group}: ${err.message}`));
    await waitUntil(ctx, `consumer ${group} to join its group`, () => joined, 20);
    return consumer;
  };

  try {
    // --- setup -------------------------------------------------------------------------------
    await withTimeout(
      (async () => {
        await admin.connect();
        await persistence.prepareDatabase(dbOptions);
        dataSource = new typeorm.DataSource(dbOptions);
        await dataSource.initialize();
        await dataSource.query('CREATE TABLE raw_events (id uuid PRIMARY KEY, payload jsonb NOT NULL)');
        await dataSource.query('CREATE TABLE bench_rows (id uuid PRIMARY KEY, n int NOT NULL DEFAULT 0)');
        const [{ version }] = await dataSource.query('SELECT version()');
        facts.postgres = version;
        const [{ setting: syncCommit }] = await dataSource.query("SELECT setting FROM pg_settings WHERE name = 'synchronous_commit'");
        const [{ setting: fsync }] = await dataSource.query("SELECT setting FROM pg_settings WHERE name = 'fsync'");
        facts.postgresDurability = { synchronous_commit: syncCommit, fsync };
        const cluster = await admin.describeCluster();
        facts.kafkaBrokers = cluster.brokers.length;
      })(),
      settings.phaseTimeoutMs,
      'setup',
    );
    log(`setup: database ${persistence.databaseNameFor(SERVICE, env)}, topics ${ns}.*, envelope ${messageBytes} bytes`);

    // --- A: raw Kafka produce ------------------------------------------------------------------
    const A = await measure('A', `raw Kafka produce (idempotent, acks=-1, sendBatch of ${B}; latency per batch)`, async (ctx) => {
      const topic = `${ns}.raw.produce`;
      await createTopic(topic);
      const producer = rawProducer();
      ctx.onClose(() => producer.disconnect());
      await producer.connect();
      const batches = (count) => {
        const out = [];
        for (let i = 0; i < count; i += B) out.push(Array.from({ length: Math.min(B, count - i) }, () => kafkaMessage(envelopeFor())));
        return out;
      };
      for (const messages of batches(W)) await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
      const measured = batches(N); // built before the clock starts: only the send is timed
      const latencies = [];
      const t0 = now();
      for (const messages of measured) {
        ctx.check();
        const s = now();
        await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
        latencies.push(now() - s);
      }
      return summarize({ events: N, elapsedMs: now() - t0, latenciesMs: latencies });
    });

    // --- B: raw PostgreSQL, one INSERT per transaction --------------------------------------------
    const rawPg = (concurrency, { notify = false } = {}) => async (ctx) => {
      const pool = new pg.Pool({ connectionString: dbUrl, max: concurrency, application_name: `${ns}-raw` });
      ctx.onClose(() => pool.end());
      const channel = `bench_notify_${SERVICE}`;
      if (notify) {
        // What a NOTIFY per transaction with one LISTENing session costs (the design the outbox left).
        const listener = new pg.Client({ connectionString: dbUrl });
        ctx.onClose(() => listener.end());
        await listener.connect();
        await listener.query(`LISTEN ${channel}`);
      }
      const clients = await Promise.all(Array.from({ length: concurrency }, () => pool.connect()));
      ctx.onClose(() => clients.forEach((c) => c.release()));
      const free = [...clients];
      const insert = async () => {
        const client = free.pop();
        try {
          await client.query('BEGIN');
          await client.query('INSERT INTO raw_events (id, payload) VALUES ($1, $2)', [randomUUID(), JSON.stringify(envelopeFor())]);
          if (notify) await client.query('SELECT pg_notify($1, $2)', [channel, '']);
          await client.query('COMMIT');
        } finally {
          free.push(client);
        }
      };
      await runWriters(ctx, { total: W, concurrency, fn: insert });
      const { elapsedMs, latencies } = await runWriters(ctx, { total: N, concurrency, fn: insert });
      return summarize({ events: N, elapsedMs, latenciesMs: latencies });
    };
    const B1 = await measure('B1', 'raw PostgreSQL: BEGIN; INSERT jsonb; COMMIT — 1 writer', rawPg(1));
    const K = consumeConfigConcurrency();
    const BK = K !== 1 && K !== C ? await measure(`B${K}`, `raw PostgreSQL: BEGIN; INSERT jsonb; COMMIT — ${K} writers (= consumer partitions concurrently)`, rawPg(K)) : undefined;
    const BC = await measure(`B${C}`, `raw PostgreSQL: BEGIN; INSERT jsonb; COMMIT — ${C} writers`, rawPg(C));
    const BCn = await measure(`B${C}n`, `raw PostgreSQL: BEGIN; INSERT jsonb; pg_notify; COMMIT — ${C} writers, 1 listener`, rawPg(C, { notify: true }));

    // --- P: OutboxPublisher.publish, one transaction per event -------------------------------------
    const publisher = new messaging.OutboxPublisher(baseConfig);
    const publishOne = (pub) => () => {
      const listId = randomUUID();
      return dataSource.transaction((m) => pub.publish(m, type, { subject: listId, data: eventData(listId) }));
    };
    const publishPhase = (concurrency) => async (ctx) => {
      ctx.onClose(() => dataSource.query('TRUNCATE outbox'));
      await runWriters(ctx, { total: W, concurrency, fn: publishOne(publisher) });
      const { elapsedMs, latencies } = await runWriters(ctx, { total: N, concurrency, fn: publishOne(publisher) });
      const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM outbox');
      if (n !== N + W) throw new Error(`outbox holds ${n} rows, expected ${N + W}`);
      return summarize({ events: N, elapsedMs, latenciesMs: latencies });
    };
    const P1 = await measure('P1', 'outbox publish (transaction per event) — 1 writer', publishPhase(1));
    const PC = await measure(`P${C}`, `outbox publish (transaction per event) — ${C} writers`, publishPhase(C));

    // --- E: outbox end to end: publish with C writers, relay running, until a consumer saw all ----
    const E = await measure('E2E', `outbox end to end: ${C} writers → relay → visible to a consumer (latency publish→visible)`, async (ctx) => {
      const config = configFor(`${ns}_e2e`);
      await messaging.ensureTopics(admin, config, []);
      const topic = topicName(Topics.warehouseEvents, config.topicNamespace);
      const seen = new Map();
      await rawConsumer(ctx, { topic, group: 'probe-e2e', onMessage: (m, at) => seen.set(m.headers[Headers.id].toString(), at) });
      const kafka = messaging.createKafka(config);
      const producer = messaging.createProducer(kafka);
      // Instrument the relay's sends (batch sizes, ack time) without changing what it does.
      const sends = [];
      const sendBatch = producer.sendBatch.bind(producer);
      producer.sendBatch = async (args) => {
        const s = now();
        try {
          return await sendBatch(args);
        } finally {
          sends.push({ size: args.topicMessages.reduce((k, t) => k + t.messages.length, 0), ms: now() - s });
        }
      };
      await producer.connect();
      ctx.onClose(() => producer.disconnect());
      const relay = new messaging.OutboxRelay(dataSource, producer, config);
      await relay.start();
      ctx.onClose(() => relay.stop());
      const pub = new messaging.OutboxPublisher(config, () => relay.nudge());
      const published = new Map(); // id → publish start
      const publishTracked = async (_i, startedAt) => {
        const listId = randomUUID();
        const e = await dataSource.transaction((m) => pub.publish(m, type, { subject: listId, data: eventData(listId) }));
        published.set(e.id, startedAt);
      };
      await runWriters(ctx, { total: W, concurrency: C, fn: publishTracked });
      await waitUntil(ctx, 'the warm-up events on the topic', () => [...published.keys()].every((id) => seen.has(id)), 10);
      published.clear();
      sends.length = 0;
      const t0 = now();
      const { elapsedMs: publishMs } = await runWriters(ctx, { total: N, concurrency: C, fn: publishTracked });
      let missing = [...published.keys()];
      await waitUntil(ctx, `all ${N} events on the topic`, () => {
        missing = missing.filter((id) => !seen.has(id));
        return missing.length === 0;
      });
      const latencies = [...published].map(([id, s]) => seen.get(id) - s);
      const lastSeen = Math.max(...[...published.keys()].map((id) => seen.get(id)));
      extra.e2e = {
        publishOnlyEventsPerSec: Math.round((N * 1000) / publishMs),
        relaySends: sends.length,
        relayMeanBatch: sends.length ? Math.round(sends.reduce((k, s) => k + s.size, 0) / sends.length) : 0,
        relayMaxBatch: sends.length ? Math.max(...sends.map((s) => s.size)) : 0,
        relaySendMsTotal: Math.round(sends.reduce((k, s) => k + s.ms, 0)),
        drainAfterLastPublishMs: Math.round(lastSeen - (t0 + publishMs)),
      };
      return summarize({ events: N, elapsedMs: lastSeen - t0, latenciesMs: latencies });
    });

    // --- C / T: consuming N pre-produced envelopes ------------------------------------------------
    const consumeConfig = configFor(`${ns}_tr`);
    const consumeTopic = topicName(Topics.warehouseEvents, consumeConfig.topicNamespace);
    const consumeEnvelopes = Array.from({ length: W + N }, () => envelopeFor());
    let produced = false;
    const prepareConsume = async (ctx) => {
      if (produced) return;
      await messaging.ensureTopics(admin, consumeConfig, []);
      await produceAll(ctx, consumeTopic, consumeEnvelopes);
      await dataSource.query('INSERT INTO bench_rows (id) SELECT unnest($1::uuid[])', [consumeEnvelopes.map((e) => e.data.listId)]);
      produced = true;
    };
    /** Rate over the N messages after the first W (completion times in arrival order). */
    const rateAfterWarmup = (times) => summarize({ events: N, elapsedMs: times[W + N - 1] - (W ? times[W - 1] : times[0]) });

    const Cr = await measure('C', `raw Kafka consume (kafkajs eachBatch, JSON.parse, ${consumeConfig.partitionsConsumedConcurrently} partitions concurrently)`, async (ctx) => {
      await prepareConsume(ctx);
      const times = [];
      await rawConsumer(ctx, {
        topic: consumeTopic,
        group: 'probe-consume',
        onMessage: (m) => {
          JSON.parse(m.value.toString('utf8'));
          times.push(now());
        },
      });
      await waitUntil(ctx, `${W + N} messages consumed`, () => times.length >= W + N, 10);
      return rateAfterWarmup(times);
    });

    const T = await measure('T', `KafkaEventTransport: decode + validate + inbox claim + 1 UPDATE, up to ${consumeConfig.transactionBatchSize} messages a transaction`, async (ctx) => {
      await prepareConsume(ctx);
      const kafka = messaging.createKafka(consumeConfig);
      const producer = messaging.createProducer(kafka);
      const relay = new messaging.OutboxRelay(dataSource, producer, consumeConfig);
      const transport = new messaging.KafkaEventTransport(kafka, producer, dataSource, new messaging.OutboxPublisher(consumeConfig, () => relay.nudge()), relay, consumeConfig);
      transport.addHandler(
        type.type,
        async (event, inbox) => {
          await inbox.manager.query('UPDATE bench_rows SET n = n + 1 WHERE id = $1', [event.data.listId]);
        },
        true,
      );
      // Completion times read off the transport's own counters, which move when a transaction
      // (of one message, or of a run of them) has committed.
      const times = [];
      const sampler = setInterval(() => {
        const settled = transport.stats.handled + transport.stats.duplicate;
        const at = now();
        while (times.length < settled) times.push(at);
      }, 1);
      ctx.onClose(() => clearInterval(sampler));
      ctx.onClose(() => transport.close());
      await transport.start();
      await waitUntil(ctx, `${W + N} messages handled`, () => {
        if (transport.stats.deadLettered) throw new Error(`${transport.stats.deadLettered} messages were dead-lettered`);
        return times.length >= W + N;
      }, 10);
      const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM bench_rows WHERE n = 1');
      if (n !== W + N) throw new Error(`${n} rows updated once, expected ${W + N}`);
      extra.transport = { ...transport.stats };
      return rateAfterWarmup(times);
    });

    const D = await measure('D', 'decodeMessage only (CPU: JSON.parse + class-validator), no I/O', async (ctx) => {
      const values = consumeEnvelopes.map((e) => Buffer.from(JSON.stringify(e)));
      for (let i = 0; i < W; i++) messaging.decodeMessage(values[i], () => true);
      const t0 = now();
      for (let i = W; i < W + N; i++) {
        if ((i & 1023) === 0) ctx.check();
        const d = messaging.decodeMessage(values[i], () => true);
        if (d.kind !== 'event') throw new Error(`decode said ${d.kind}: ${d.reason}`);
      }
      return summarize({ events: N, elapsedMs: now() - t0 });
    });

    // --- ratios ------------------------------------------------------------------------------------
    const rate = (s) => s?.eventsPerSec;
    const serial = serialRate(rate(BC), rate(A));
    const set = (id, ratios) => {
      const row = rows.find((r) => r.id === id);
      if (row) row.ratios = ratios;
    };
    set(`P1`, [{ ratio: ratio(rate(P1), rate(B1)), against: 'B1' }]);
    set(`P${C}`, [{ ratio: ratio(rate(PC), rate(BC)), against: `B${C}` }]);
    set('E2E', [
      { ratio: ratio(rate(E), rate(A)), against: 'A' },
      { ratio: ratio(rate(E), serial), against: `B${C}+A` },
    ]);
    set(`B${C}n`, [{ ratio: ratio(rate(BCn), rate(BC)), against: `B${C}` }]);
    const tPg = K === 1 ? B1 : K === C ? BC : BK;
    set('T', [
      { ratio: ratio(rate(T), rate(Cr)), against: 'C' },
      { ratio: ratio(rate(T), rate(tPg)), against: `B${K}` },
    ]);
    set('D', [{ ratio: ratio(rate(D), rate(Cr)), against: 'C' }]);
    if (serial) {
      const at = rows.findIndex((r) => r.id === 'E2E');
      rows.splice(at, 0, { id: `B${C}+A`, label: `derived: B${C} then A for each event, 1/(1/B${C} + 1/A) (no measurement)`, result: { eventsPerSec: serial } });
    }
    return { rows, facts, extra };
  } finally {
    // --- cleanup: only this run's namespace ----------------------------------------------------
    await dataSource?.destroy().catch((err) => log(`closing the database: ${err.message}`));
    await withTimeout(cleanup({ pg, env, ns, admin, log }), 60_000, 'cleanup').catch((err) => log(`cleanup: ${err.message}`));
    await admin.disconnect().catch(() => undefined);
  }
}

/** Drops lhasa_<ns>_* databases, deletes <ns>* topics and consumer groups. */
export async function cleanup({ pg, env, ns, admin, log }) {
  const url = new URL(env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`lhasa_${ns}\\_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`);
    log(`cleanup: dropped ${rows.length} database(s) ${rows.map((r) => r.datname).join(', ')}`);
  } catch (err) {
    log(`cleanup: dropping databases failed: ${err.message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  try {
    const { groups } = await admin.listGroups();
    const mine = groups.map((g) => g.groupId).filter((g) => g.startsWith(ns));
    if (mine.length) await admin.deleteGroups(mine).catch((err) => log(`cleanup: deleting consumer groups: ${err.message}`));
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(ns));
    if (topics.length) await admin.deleteTopics({ topics, timeout: 30_000 });
    log(`cleanup: deleted ${topics.length} topic(s) and ${mine.length} consumer group(s) under ${ns}`);
  } catch (err) {
    log(`cleanup: deleting topics failed: ${err.message}`);
  }
}
