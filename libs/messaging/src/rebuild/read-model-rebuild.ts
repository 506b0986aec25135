import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Admin } from 'kafkajs';
import { Client } from 'pg';
import { resolveDatabaseUrl } from '@lhasa/persistence';
import { OffsetLimits, KafkaEventTransport } from '../consumer/kafka-event.transport';
import { createKafka } from '../kafka/kafka.factory';
import { loadMessagingConfig } from '../messaging.config';
import { connectMessaging } from '../messaging.module';
import { compareFigures, FigureDifference, Figures } from './figures';

/** Runs one SQL query on a read model's database (the live one, the rebuilt one). */
export type FigureQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * A read model that can be rebuilt from the event topics: the service's own app module (its
 * consumers, its inbox, its migrations) replays them into a fresh database.
 */
export interface RebuildableReadModel {
  /** The service; its database is the service's (lhasa_<service>), its consumer group the service's. */
  service: string;
  /** One line for `npm run rebuild` without an argument. */
  description: string;
  appModule: Type<unknown>;
  /** The figures to compare (every table's sums and counts). */
  figures: (query: FigureQuery) => Promise<Figures>;
}

/** What the live service is doing, while the rebuild waits for it to stop. */
export interface LiveState {
  consumers: number;
  connections: number;
}

export interface RebuildOptions {
  /** Keep the previous model as `<db>_before_<stamp>` (default: dropped once swapped). */
  keepOld?: boolean;
  /** Build and compare only: the rebuilt database is dropped, the live model stays as it is. */
  dryRun?: boolean;
  log?: (line: string) => void;
  /**
   * Called once the rebuilt model has caught up with the live one while the live service still
   * runs; must lead to the live service stopping (the rebuild then waits until its consumers and
   * database connections are gone). Default: asks the user, through `log`, to stop it.
   */
  stopLive?: (state: LiveState) => Promise<void>;
  /** How long to wait for the live service to stop (default 15 min). */
  stopTimeoutMs?: number;
  /** How long the replay may take to reach a position (default 60 min). */
  catchUpTimeoutMs?: number;
  /** Date of the run, for the database and group names (default now). */
  now?: Date;
  /** Aborts the rebuild (Ctrl-C): before the swap, the rebuilt database is dropped and the live model stays. */
  signal?: AbortSignal;
}

export interface RebuildReport {
  service: string;
  dryRun: boolean;
  /** The live database (holding the rebuilt model after a swap). */
  database: string;
  /** The previous model, kept with --keep-old (undefined when dropped or on a dry run). */
  keptAs?: string;
  /** Messages the replay went through, and of them dead-lettered (they are dead letters in the rebuilt model too). */
  messages: number;
  deadLettered: number;
  /** Where the rebuilt model ends, per topic: the offsets the live consumer group continues from. */
  position: Record<string, string[]>;
  identical: boolean;
  differences: FigureDifference[];
}

const MAX_DATABASE_NAME = 63;
const POLL_MS = 200;

/** Waits one poll interval; throws once `signal` is aborted. */
async function pause(signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) throw new Error('the rebuild was interrupted; nothing was swapped');
  await new Promise((r) => setTimeout(r, POLL_MS));
}

/** yyyymmddhhmmss (UTC), for names. */
function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'lhasa-rebuild' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `work` with `overrides` in process.env (the apps read their settings when their modules are created). */
async function withEnvironment<T>(overrides: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(overrides).map((k) => [k, process.env[k]]));
  Object.assign(process.env, overrides);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

function describeLimits(limits: OffsetLimits): Record<string, string[]> {
  return Object.fromEntries([...limits].map(([topic, partitions]) => [topic, [...partitions].sort(([a], [b]) => a - b).map(([p, o]) => `${p}:${o}`)]));
}

function sameLimits(a: OffsetLimits, b: OffsetLimits): boolean {
  return JSON.stringify(describeLimits(a)) === JSON.stringify(describeLimits(b));
}

/**
 * Replays the topics a service consumes, from the beginning, into a fresh database through the
 * service's own consumers and inbox, up to where the live consumer group stands; then, once the
 * live service is stopped, up to its final position, and swaps the databases in one transaction
 * (live → `<db>_before_<stamp>`, rebuilt → live). The live group's offsets are left as they were,
 * which is exactly where the rebuilt model ends, so the restarted service neither loses nor
 * counts twice anything. Ends by comparing the figures of both models. Any failure before the
 * swap drops the rebuilt database and leaves the live model untouched (docs/rebuild.md).
 */
export async function rebuildReadModel(model: RebuildableReadModel, options: RebuildOptions = {}): Promise<RebuildReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const stamp = stampOf(options.now ?? new Date());
  const config = loadMessagingConfig(model.service);
  const liveUrl = resolveDatabaseUrl(model.service);
  const live = databaseOf(liveUrl);
  const rebuilt = `${live}_rebuild_${stamp}`;
  const before = `${live}_before_${stamp}`;
  if (before.length > MAX_DATABASE_NAME) throw new Error(`database name ${before} is longer than PostgreSQL's ${MAX_DATABASE_NAME} characters`);
  const serverUrl = withDatabase(liveUrl, 'postgres');
  const rebuiltUrl = withDatabase(liveUrl, rebuilt);
  const group = `${config.consumerGroup}.rebuild-${stamp}`;

  const liveExists = await withClient(serverUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [live])).rowCount === 1);
  if (!liveExists) throw new Error(`there is no ${model.service} read model to rebuild: database ${live} does not exist (start the service once)`);

  const admin = createKafka(config).admin();
  await admin.connect();
  let app: INestApplication | undefined;
  let swapped = false;
  try {
    log(`rebuilding ${model.service} into ${rebuilt} (Kafka group ${group}, inbox ${config.consumerGroup})`);
    const started = await startReplay(model, rebuiltUrl, group);
    app = started.app;
    const { transport, progress } = started;
    const topics = transport.consumedTopics();
    await assertHistoryKept(admin, topics);

    const catchUp = async (limits: OffsetLimits, what: string) => {
      transport.limitConsumption(limits);
      await progress.until(limits, options.catchUpTimeoutMs ?? 3_600_000, what, log, options.signal);
    };
    let limits = await committedOffsets(admin, config.consumerGroup, topics);
    log(`replaying ${topics.join(', ')} from the beginning up to the live group's position ${JSON.stringify(describeLimits(limits))}`);
    await catchUp(limits, 'the live position');
    log(`caught up with the live model (${progress.count} messages)`);

    if (!options.dryRun) {
      const state = await liveState(admin, config.consumerGroup, serverUrl, live);
      if (state.consumers || state.connections) {
        const stopped = untilLiveStopped(admin, config.consumerGroup, serverUrl, live, options.stopTimeoutMs ?? 900_000, options.signal);
        // Follow the live group while it still moves, so the last step is short.
        const follow = setInterval(() => {
          void committedOffsets(admin, config.consumerGroup, topics)
            .then((now) => !sameLimits(now, limits) && transport.limitConsumption((limits = now)))
            .catch(() => undefined);
        }, 1000);
        try {
          await (options.stopLive ?? askToStop(model.service, log))(state);
          await stopped;
        } finally {
          clearInterval(follow);
        }
        log(`the live ${model.service} service is stopped`);
      }
      limits = await committedOffsets(admin, config.consumerGroup, topics);
      await catchUp(limits, 'the final live position');
      log(`caught up with the final live position ${JSON.stringify(describeLimits(limits))} (${progress.count} messages)`);
    }
    const deadLettered = transport.stats.deadLettered;
    await app.close();
    app = undefined;

    const liveFigures = await figuresOf(model, withDatabase(liveUrl, live));
    const rebuiltFigures = await figuresOf(model, rebuiltUrl);
    const differences = compareFigures(liveFigures, rebuiltFigures);
    const report: RebuildReport = {
      service: model.service,
      dryRun: !!options.dryRun,
      database: live,
      messages: progress.count,
      deadLettered,
      position: describeLimits(limits),
      identical: differences.length === 0,
      differences,
    };

    if (options.dryRun) {
      await dropDatabase(serverUrl, rebuilt);
      await admin.deleteGroups([group]).catch(() => undefined);
      return report;
    }

    // Nothing may have moved since the live service stopped: it did not come back meanwhile.
    const state = await liveState(admin, config.consumerGroup, serverUrl, live);
    const now = await committedOffsets(admin, config.consumerGroup, topics);
    if (state.consumers || state.connections || !sameLimits(now, limits)) {
      throw new Error(`the live ${model.service} service came back before the swap (${state.consumers} consumers, ${state.connections} connections); nothing was swapped`);
    }
    await withClient(serverUrl, async (c) => {
      await c.query('BEGIN');
      try {
        await c.query(`ALTER DATABASE ${quoteIdent(live)} RENAME TO ${quoteIdent(before)}`);
        await c.query(`ALTER DATABASE ${quoteIdent(rebuilt)} RENAME TO ${quoteIdent(live)}`);
        await c.query('COMMIT');
      } catch (error) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
    swapped = true;
    log(`swapped: ${live} now holds the rebuilt model; the previous one is ${before}`);
    await admin.deleteGroups([group]).catch((e: Error) => log(`could not delete the Kafka group ${group}: ${e.message}`));
    if (options.keepOld) report.keptAs = before;
    else await dropDatabase(serverUrl, before);
    return report;
  } catch (error) {
    await app?.close().catch(() => undefined);
    if (!swapped) {
      await dropDatabase(serverUrl, rebuilt).catch((e: Error) => log(`could not drop ${rebuilt}: ${e.message}`));
      await admin.deleteGroups([group]).catch(() => undefined);
    }
    throw error;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Where the replay stands: per topic and partition, the next offset to handle. */
class ReplayProgress {
  count = 0;
  private readonly next = new Map<string, bigint>();

  constructor(transport: KafkaEventTransport) {
    transport.onSettled((m) => {
      this.count += 1;
      this.next.set(`${m.topic}|${m.partition}`, BigInt(m.offset) + 1n);
    });
  }

  behind(limits: OffsetLimits): string[] {
    const behind: string[] = [];
    for (const [topic, partitions] of limits) {
      for (const [partition, limit] of partitions) {
        const at = this.next.get(`${topic}|${partition}`) ?? 0n;
        if (at < limit) behind.push(`${topic}[${partition}] ${at}/${limit}`);
      }
    }
    return behind;
  }

  async until(limits: OffsetLimits, timeoutMs: number, what: string, log: (line: string) => void, signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let reported = Date.now();
    for (;;) {
      const behind = this.behind(limits);
      if (!behind.length) return;
      if (Date.now() > deadline) throw new Error(`the replay did not reach ${what} within ${timeoutMs} ms: ${behind.join(', ')}`);
      if (Date.now() - reported > 10_000) {
        reported = Date.now();
        log(`… ${this.count} messages so far; behind ${what}: ${behind.join(', ')}`);
      }
      await pause(signal);
    }
  }
}

/** The service's app, without HTTP, on the fresh database and its own Kafka group, handling nothing yet. */
async function startReplay(model: RebuildableReadModel, rebuiltUrl: string, group: string) {
  const databaseVariable = `${model.service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
  const app = await withEnvironment({ [databaseVariable]: rebuiltUrl, KAFKA_GROUP_ID: group }, () =>
    NestFactory.create(model.appModule, { logger: ['error', 'warn'], abortOnError: false }),
  );
  try {
    const transport = connectMessaging(app);
    transport.limitConsumption(new Map());
    const progress = new ReplayProgress(transport);
    await app.init();
    await app.startAllMicroservices();
    return { app, transport, progress };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

/** Refuses when a consumed topic no longer starts at offset 0: events were deleted, the replay would miss them. */
async function assertHistoryKept(admin: Admin, topics: string[]): Promise<void> {
  for (const topic of topics) {
    const lost = (await admin.fetchTopicOffsets(topic)).filter((p) => BigInt(p.low) > 0n);
    if (lost.length) {
      throw new Error(
        `${topic} no longer holds its first events (${lost.map((p) => `partition ${p.partition} starts at ${p.low}`).join(', ')}): ` +
          'a replay would miss them. Event topics must keep their history (retention.ms=-1, docs/rebuild.md).',
      );
    }
  }
}

/** The group's committed offsets on `topics` (0 where it has none). */
async function committedOffsets(admin: Admin, groupId: string, topics: string[]): Promise<OffsetLimits> {
  const limits: OffsetLimits = new Map();
  for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
    limits.set(topic, new Map(partitions.map((p) => [p.partition, BigInt(p.offset) < 0n ? 0n : BigInt(p.offset)])));
  }
  return limits;
}

async function liveState(admin: Admin, groupId: string, serverUrl: string, database: string): Promise<LiveState> {
  const { groups } = await admin.describeGroups([groupId]);
  const consumers = groups[0]?.members.length ?? 0;
  const connections = await withClient(serverUrl, async (c) => {
    const { rows } = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    return rows[0].n as number;
  });
  return { consumers, connections };
}

async function untilLiveStopped(admin: Admin, groupId: string, serverUrl: string, database: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await liveState(admin, groupId, serverUrl, database);
    if (!state.consumers && !state.connections) return;
    if (Date.now() > deadline) {
      throw new Error(`the live service did not stop within ${timeoutMs} ms (${state.consumers} consumers in ${groupId}, ${state.connections} connections to ${database}); nothing was swapped`);
    }
    await pause(signal);
  }
}

function askToStop(service: string, log: (line: string) => void) {
  return async (state: LiveState) => {
    log(
      `the live ${service} service is running (${state.consumers} consumers, ${state.connections} database connections). ` +
        `Stop it now to swap in the rebuilt model (Ctrl-C here instead leaves the live model untouched); ` +
        `the rebuild follows it until then, and it can be started again once the swap is done.`,
    );
  };
}

async function figuresOf(model: RebuildableReadModel, url: string): Promise<Figures> {
  return withClient(url, (c) => model.figures(async (sql, params) => (await c.query(sql, params as unknown[])).rows));
}

async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
}
