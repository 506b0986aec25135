import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Admin, Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import { AllEvents, DeadLetterHeaders, deadLetterTopic, EventEnvelope, Headers, topicName } from '@lhasa/contracts';
import { DomainError } from '@lhasa/domain';
import { DeadLetter, DeadLetterAlreadyReplayedError, DeadLetterPolicy, ReplayResult } from '../dead-letters/dead-letter';
import { DeadLetterStore, pgText, RawMessage } from '../dead-letters/dead-letter.store';
import { claimMessage, claimMessages } from '../inbox/inbox';
import { InboxContext, PermanentMessageError } from '../inbox/inbox-context';
import { ensureTopics } from '../kafka/kafka.factory';
import { MessagingConfig } from '../messaging.config';
import { OutboxPublisher } from '../outbox/outbox.publisher';
import { OutboxRelay } from '../outbox/outbox.relay';
import { decodeMessage } from './decode-message';
import { isInfrastructureError } from '@lhasa/persistence';
import { withCorrelation } from '@lhasa/http';

export type Outcome = 'handled' | 'duplicate' | 'ignored' | 'dead-lettered';

/** Per topic, per partition: the first offset not to handle (a rebuild reads up to there). */
export type OffsetLimits = Map<string, Map<number, bigint>>;

/** A message the transport is done with: its effects committed, or it was ignored or dead-lettered. */
export interface SettledMessage {
  topic: string;
  partition: number;
  offset: string;
  /** The envelope id (or the ce_id header when the value is not a valid envelope). */
  id?: string;
  type?: string;
  outcome: Outcome;
}

/**
 * The service's Kafka runtime as a Nest transport: handlers are `@EventPattern(<event type>)`
 * methods taking `(@Payload() event: EventEnvelope<T>, @Ctx() ctx: InboxContext)`. Each message
 * is validated, claimed in the inbox and handled in the same transaction as its effects (runs
 * of messages share one, claimed together; when one of them fails the run is rolled back and
 * redone without it); failures are retried a bounded number of times and then dead-lettered so the partition moves on. It also runs the
 * outbox relay, and on close stops consuming, finishes in-flight work and flushes the outbox
 * before the database is closed.
 */
export class KafkaEventTransport extends Server implements CustomTransportStrategy {
  private readonly log = new Logger('KafkaEventTransport');
  private consumer?: Consumer;
  private admin?: Admin;
  private started = false;
  readonly stats = { handled: 0, duplicate: 0, ignored: 0, deadLettered: 0 };
  private readonly settledListeners = new Set<(message: SettledMessage) => void>();
  private deadLetterPolicy?: DeadLetterPolicy;
  private limits?: OffsetLimits;
  readonly deadLetters: DeadLetterStore;

  constructor(
    private readonly kafka: Kafka,
    private readonly producer: Producer,
    private readonly dataSource: DataSource,
    private readonly publisher: OutboxPublisher,
    private readonly relay: OutboxRelay,
    private readonly config: MessagingConfig,
  ) {
    super();
    this.deadLetters = new DeadLetterStore(dataSource);
  }

  /** The app's answer to a dead letter (DEAD_LETTER_POLICY); connectMessaging sets it. */
  useDeadLetterPolicy(policy: DeadLetterPolicy | undefined): void {
    this.deadLetterPolicy = policy;
  }

  /** Topics whose events have a registered handler. */
  consumedTopics(): string[] {
    const types = new Set(this.messageHandlers.keys());
    const topics = new Set(AllEvents.filter((d) => types.has(d.type)).map((d) => topicName(d.topic, this.config.topicNamespace)));
    return [...topics];
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.admin = this.kafka.admin();
    await this.admin.connect();
    const topics = this.consumedTopics();
    await ensureTopics(this.admin, this.config, topics, (message) => this.log.warn(message));
    await this.producer.connect();
    await this.relay.start();
    if (!topics.length) return;
    this.consumer = this.kafka.consumer({
      groupId: this.config.kafkaGroupId,
      sessionTimeout: this.config.sessionTimeoutMs,
      rebalanceTimeout: this.config.rebalanceTimeoutMs,
      heartbeatInterval: this.config.heartbeatIntervalMs,
      allowAutoTopicCreation: false,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    // Not awaited: joining the group can wait out a killed predecessor's session, and the
    // service should answer HTTP meanwhile. kafkajs restarts a crashed consumer by itself.
    this.consumer
      .run({
        autoCommit: true,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: this.config.partitionsConsumedConcurrently,
        eachBatch: (payload) => this.eachBatch(payload),
      })
      .catch((error: Error) => this.log.error(`consumer stopped: ${error.message}`));
    this.log.log(`consuming ${topics.join(', ')} as group ${this.config.kafkaGroupId}`);
  }

  /**
   * Handles messages only below `limits` (per topic and partition; while limits are set, a
   * partition they do not name is not handled at all; `undefined` lifts them): a partition that
   * reaches its limit is paused with the message at the limit unresolved, so it is fetched again
   * when the limit is raised. A new limit (or none) resumes every paused partition. Used by a read-model rebuild to stop exactly where the live model is.
   */
  limitConsumption(limits: OffsetLimits | undefined): void {
    this.limits = limits;
    const paused = this.consumer?.paused() ?? [];
    if (paused.length) this.consumer!.resume(paused);
  }

  /** Stop consuming, let in-flight messages finish, flush the outbox, then let go of Kafka. */
  async close(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.consumer?.disconnect().catch((e: Error) => this.log.warn(`consumer disconnect: ${e.message}`));
    await this.relay.stop().catch((e: Error) => this.log.warn(`outbox flush on shutdown: ${e.message}`));
    await this.producer.disconnect().catch(() => undefined);
    await this.admin?.disconnect().catch(() => undefined);
  }

  /**
   * How far the group is behind on each partition it consumes: the partition's end offset less
   * the group's committed offset (from the start of the partition when it has committed none).
   */
  async consumerLag(): Promise<{ topic: string; partition: number; lag: number }[]> {
    const admin = this.admin;
    const topics = this.consumedTopics();
    if (!admin || !this.started || !topics.length) return [];
    const committed = await admin.fetchOffsets({ groupId: this.config.kafkaGroupId, topics });
    const lags: { topic: string; partition: number; lag: number }[] = [];
    for (const { topic, partitions } of committed) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p]));
      for (const { partition, offset } of partitions) {
        const end = ends.get(partition);
        if (!end) continue;
        const from = BigInt(offset) < 0n ? BigInt(end.low) : BigInt(offset);
        lags.push({ topic, partition, lag: Number(BigInt(end.high) - from) });
      }
    }
    return lags;
  }

  on(): never {
    throw new Error('KafkaEventTransport has no status events');
  }

  unwrap<T>(): T {
    return this.kafka as T;
  }

  /**
   * Handles a fetched batch in order. Runs of decodable messages share one transaction; the run
   * commits up to the first message that fails (handleRun), which then takes the slow path on its own (retries, dead letter), and
   * the rest follow. Order within the partition is kept either way.
   */
  private async eachBatch({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary, pause }: EachBatchPayload): Promise<void> {
    const limits = this.limits;
    const limit = limits && (limits.get(batch.topic)?.get(batch.partition) ?? 0n);
    const cut = limit === undefined ? -1 : batch.messages.findIndex((m) => BigInt(m.offset) >= limit);
    const messages = cut < 0 ? batch.messages : batch.messages.slice(0, cut);
    let next = 0;
    while (next < messages.length && isRunning() && !isStale()) {
      const run = messages.slice(next, next + this.config.transactionBatchSize);
      const outcomes = await this.handleRun(run, heartbeat);
      const settled = outcomes.length;
      outcomes.forEach((outcome, k) => {
        resolveOffset(run[k].offset);
        this.settle(batch.topic, batch.partition, run[k], outcome);
      });
      next += settled;
      if (next < messages.length && settled < this.config.transactionBatchSize) {
        const message = messages[next];
        const outcome = await this.process(batch.topic, batch.partition, message, heartbeat);
        resolveOffset(message.offset);
        this.settle(batch.topic, batch.partition, message, outcome);
        next += 1;
      }
      await heartbeat();
    }
    if (cut >= 0 && next >= messages.length) {
      const resume = pause();
      // The limit was raised (or lifted) while this batch ran: limitConsumption resumed nothing of it.
      if (this.limits !== limits) resume();
    }
    await commitOffsetsIfNecessary();
  }

  /**
   * The fast path: the longest prefix of `run` that decodes, handled in one transaction with no
   * savepoints (a round trip each). Returns the outcomes of the messages it settled (a prefix of
   * `run`); the message after them (if any) needs the slow path. When a message fails, the whole
   * transaction rolls back and the messages before it are handled again in a new one, so the
   * commit holds exactly the messages before the failing one; the work redone is bounded by the
   * run (the next run starts after the failing message).
   */
  private async handleRun(run: KafkaMessage[], heartbeat: () => Promise<void>): Promise<Outcome[]> {
    const prefix: { envelope?: EventEnvelope<object> }[] = [];
    for (const message of run) {
      const decoded = decodeMessage(message.value, (type) => this.messageHandlers.has(type));
      if (decoded.kind === 'poison') break;
      prefix.push({ envelope: decoded.kind === 'event' ? decoded.envelope : undefined });
    }
    const beat = setInterval(() => heartbeat().catch(() => undefined), this.config.heartbeatIntervalMs);
    try {
      let upTo = prefix.length;
      while (upTo > 0) {
        const attempt = await this.handlePrefix(prefix.slice(0, upTo));
        if (attempt.failedAt === undefined) return attempt.outcomes;
        // Nothing of the attempt happened; the messages before the failing one go again.
        upTo = attempt.failedAt;
      }
      return [];
    } finally {
      clearInterval(beat);
    }
  }

  /** One transaction for `messages`, all or nothing: the outcomes, or where the first failure was. */
  private async handlePrefix(messages: { envelope?: EventEnvelope<object> }[]): Promise<{ outcomes: Outcome[]; failedAt?: number }> {
    try {
      const outcomes = await this.dataSource.transaction(async (manager) => {
        // One INSERT claims the whole run in the inbox.
        const handled = messages.flatMap(({ envelope }) => (envelope && this.messageHandlers.has(envelope.type) ? [{ id: envelope.id, type: envelope.type }] : []));
        const fresh = await claimMessages(manager, this.config.consumerGroup, handled);
        const done: Outcome[] = [];
        for (const { envelope } of messages) {
          if (!envelope) {
            done.push('ignored');
            continue;
          }
          try {
            done.push(await this.handleWith(manager, envelope, fresh));
          } catch {
            throw new RunMessageFailed(done.length);
          }
        }
        return done;
      });
      return { outcomes };
    } catch (error) {
      if (error instanceof RunMessageFailed) return { outcomes: [], failedAt: error.index };
      // The commit itself failed: nothing of the run happened, the slow path takes it message by message.
      this.log.warn(`batch transaction failed: ${(error as Error).message}`);
      return { outcomes: [], failedAt: 0 };
    }
  }

  /**
   * Calls `listener` for every message this transport settles from now on (after its
   * transaction committed, or after it was ignored or dead-lettered). Returns an unsubscribe
   * function. Tests wait on it (`@lhasa/messaging/testing`) instead of sleeping.
   */
  onSettled(listener: (message: SettledMessage) => void): () => void {
    this.settledListeners.add(listener);
    return () => this.settledListeners.delete(listener);
  }

  private settle(topic: string, partition: number, message: KafkaMessage, outcome: Outcome): void {
    this.stats[outcome === 'dead-lettered' ? 'deadLettered' : outcome] += 1;
    if (!this.settledListeners.size) return;
    const settled: SettledMessage = { topic, partition, offset: message.offset, ...identify(message), outcome };
    for (const listener of this.settledListeners) listener(settled);
  }

  /**
   * Handles one message to a final outcome; throws only if even dead-lettering failed. With
   * `replayOf` it replays that dead letter: the record is marked replayed in the handler's
   * transaction, and a failure dead-letters again as a new record pointing back at it.
   */
  async process(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    replayOf?: string,
  ): Promise<Outcome> {
    return (await this.processToResult(topic, partition, message, heartbeat, replayOf)).outcome;
  }

  private async processToResult(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    replayOf?: string,
  ): Promise<{ outcome: Outcome; deadLetterId?: string }> {
    const decoded = decodeMessage(message.value, (type) => this.messageHandlers.has(type));
    if (decoded.kind === 'ignored') {
      if (replayOf) await this.markReplayedAlone(replayOf, 'ignored');
      return { outcome: 'ignored' };
    }
    if (decoded.kind === 'poison') {
      if (replayOf) await this.assertNotReplayed(replayOf);
      const deadLetterId = await this.deadLetter(topic, partition, message, decoded.code, decoded.reason, 1, undefined, replayOf);
      return { outcome: 'dead-lettered', deadLetterId };
    }
    const { envelope } = decoded;
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= this.config.maxAttempts; attempt++) {
      const beat = setInterval(() => heartbeat().catch(() => undefined), this.config.heartbeatIntervalMs);
      try {
        return { outcome: await this.handleInTransaction(envelope, replayOf) };
      } catch (error) {
        lastError = error as Error;
        if (error instanceof DeadLetterAlreadyReplayedError) throw error;
        // The message itself is wrong, or a domain rule refuses it: retrying changes nothing.
        if (error instanceof PermanentMessageError || error instanceof DomainError) {
          const deadLetterId = await this.deadLetter(topic, partition, message, error.code, error.message, attempt, envelope, replayOf);
          return { outcome: 'dead-lettered', deadLetterId };
        }
        this.log.warn(`${envelope.type} ${envelope.id} failed (attempt ${attempt}/${this.config.maxAttempts}): ${lastError.message}`);
        if (attempt < this.config.maxAttempts) await sleep(this.config.retryBackoffMs * 2 ** (attempt - 1));
      } finally {
        clearInterval(beat);
      }
    }
    // The message is fine but the database is not there: keep it. Throwing leaves its offset
    // unresolved, so kafkajs fetches it again after its own backoff.
    if (isInfrastructureError(lastError)) throw lastError;
    const deadLetterId = await this.deadLetter(
      topic,
      partition,
      message,
      'MESSAGING.HANDLER_FAILED',
      lastError?.message ?? 'unknown error',
      this.config.maxAttempts,
      envelope,
      replayOf,
    );
    return { outcome: 'dead-lettered', deadLetterId };
  }

  /**
   * Replays a dead letter of this consumer group in this process: its raw message goes through
   * the same decode, inbox and handler as when it was consumed (only this group sees it; other
   * groups of the topic are not involved). Marked replayed in the same transaction as the
   * handler's effects; a failure dead-letters it again as a new record.
   */
  async replay(id: string): Promise<ReplayResult | undefined> {
    const raw = await this.deadLetters.raw(id);
    if (!raw) return undefined;
    if (raw.replayedAt) throw new DeadLetterAlreadyReplayedError(id);
    const message = {
      key: raw.key,
      value: raw.value,
      headers: raw.headers,
      offset: raw.offset,
      timestamp: String(Date.now()),
      attributes: 0,
    } as KafkaMessage;
    const result = await this.processToResult(raw.topic, raw.partition, message, async () => undefined, id);
    this.settle(raw.topic, raw.partition, message, result.outcome);
    this.log.log(`replayed dead letter ${id}: ${result.outcome}${result.deadLetterId ? ` (now ${result.deadLetterId})` : ''}`);
    return { id, ...result };
  }

  private handleInTransaction(envelope: EventEnvelope<object>, replayOf?: string): Promise<Outcome> {
    return this.dataSource.transaction(async (manager) => {
      if (replayOf && !(await this.deadLetters.claimReplay(manager, replayOf, 'handled'))) throw new DeadLetterAlreadyReplayedError(replayOf);
      const outcome = await this.handleWith(manager, envelope);
      if (replayOf && outcome !== 'handled') await manager.query('UPDATE dead_letters SET replay_outcome = $2 WHERE id = $1', [replayOf, outcome]);
      return outcome;
    });
  }

  private async markReplayedAlone(id: string, outcome: Outcome): Promise<void> {
    const claimed = await this.dataSource.transaction((manager) => this.deadLetters.claimReplay(manager, id, outcome));
    if (!claimed) throw new DeadLetterAlreadyReplayedError(id);
  }

  private async assertNotReplayed(id: string): Promise<void> {
    const raw = await this.deadLetters.raw(id);
    if (!raw || raw.replayedAt) throw new DeadLetterAlreadyReplayedError(id);
  }

  /**
   * Claims the message in the inbox and runs its handler, all with `manager`'s transaction.
   * With `claimed` (the ids a run claimed at once) the message takes its claim from there.
   */
  private async handleWith(manager: EntityManager, envelope: EventEnvelope<object>, claimed?: Set<string>): Promise<Outcome> {
    // Keyed by the event type as registered (a string pattern is its own route); Nest's
    // getHandlerByPattern would first try JSON.parse on it and throw, for every message.
    const handler = this.messageHandlers.get(envelope.type);
    if (!handler) return 'ignored';
    const fresh = claimed ? claimed.delete(envelope.id) : await claimMessage(manager, this.config.consumerGroup, envelope.id, envelope.type);
    if (!fresh) return 'duplicate';
    // The handler's logs carry the flow's correlation id.
    await withCorrelation(envelope.correlationId, async () => {
      const result = await handler(envelope, new InboxContext(manager, envelope, this.publisher));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    });
    return 'handled';
  }

  /**
   * Gives up on a message: records it in dead_letters and lets the app's policy put the document
   * it was about into a final state (one transaction), then copies it to `<topic>.<group>.dlq`.
   * Recording is idempotent, so a crash in between records it once when the message comes back.
   * Returns the record's id.
   */
  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    code: string,
    reason: string,
    attempts: number,
    envelope?: EventEnvelope<object>,
    replayOf?: string,
  ): Promise<string | undefined> {
    const raw = rawMessage(message);
    const seen = readEnvelope(message, envelope);
    let recordId: string | undefined;
    try {
      recordId = await this.dataSource.transaction(async (manager) => {
        const { id, inserted } = await this.deadLetters.record(manager, {
          consumerGroup: this.config.consumerGroup,
          topic,
          partition,
          offset: message.offset,
          messageId: seen.messageId,
          type: seen.type,
          subject: seen.subject,
          tenant: seen.tenant,
          errorCode: code,
          errorMessage: reason,
          attempts,
          raw,
          replayOf,
        });
        if (inserted && this.deadLetterPolicy) {
          const letter: DeadLetter = { id, consumerGroup: this.config.consumerGroup, topic, partition, offset: message.offset, ...seen, envelope, errorCode: code, errorMessage: reason, attempts, replayOf };
          await this.runPolicy(manager, letter);
        }
        return id;
      });
    } catch (error) {
      // The database is away: keep the message (its offset stays unresolved) and record it later.
      if (isInfrastructureError(error)) throw error;
      this.log.error(`could not record dead letter ${topic}[${partition}]@${message.offset}: ${(error as Error).message}`);
    }
    const headers: IHeaders = {
      ...raw.headers,
      [DeadLetterHeaders.errorCode]: code,
      [DeadLetterHeaders.errorMessage]: reason.slice(0, 2000),
      [DeadLetterHeaders.topic]: topic,
      [DeadLetterHeaders.partition]: String(partition),
      [DeadLetterHeaders.offset]: message.offset,
      [DeadLetterHeaders.consumerGroup]: this.config.consumerGroup,
      [DeadLetterHeaders.attempts]: String(attempts),
      [DeadLetterHeaders.at]: new Date().toISOString(),
    };
    if (recordId) headers[DeadLetterHeaders.id] = recordId;
    await this.producer.send({
      topic: deadLetterTopic(topic, this.config.consumerGroup),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    this.log.warn(`dead-lettered ${topic}[${partition}]@${message.offset}: ${code} ${reason}`);
    return recordId;
  }

  /** The app's policy under a savepoint: its failure is noted on the record, never fatal. */
  private async runPolicy(manager: EntityManager, letter: DeadLetter): Promise<void> {
    const publish = this.publisher.bind(manager);
    await manager.query('SAVEPOINT lhasa_dead_letter_policy');
    try {
      await this.deadLetterPolicy!.onDeadLetter(letter, {
        manager,
        publish: (definition, input) =>
          publish(definition, { ...input, correlationId: input.correlationId ?? letter.correlationId, causationId: input.causationId ?? letter.messageId }),
      });
      await manager.query('RELEASE SAVEPOINT lhasa_dead_letter_policy');
    } catch (error) {
      if (isInfrastructureError(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT lhasa_dead_letter_policy');
      this.log.error(`dead-letter policy failed for ${letter.type ?? 'message'} ${letter.messageId ?? letter.offset}: ${(error as Error).message}`);
      await this.deadLetters.notePolicyError(manager, letter.id, (error as Error).message ?? String(error));
    }
  }
}

/** The headers as strings (NUL-free, for jsonb), the key and the value, as consumed. */
function rawMessage(message: KafkaMessage): RawMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    headers[pgText(name)] = pgText(String(first));
  }
  return { headers, key: message.key ?? null, value: message.value ?? null };
}

/** What the dead-lettered message says about itself, as far as its value (or headers) can be read. */
function readEnvelope(message: KafkaMessage, envelope?: EventEnvelope<object>): Pick<DeadLetter, 'messageId' | 'type' | 'subject' | 'tenant' | 'correlationId' | 'data'> {
  if (envelope) {
    return { messageId: envelope.id, type: envelope.type, subject: envelope.subject, tenant: envelope.tenant, correlationId: envelope.correlationId, data: envelope.data };
  }
  const header = (name: string) => {
    const value = message.headers?.[name];
    return value === undefined ? undefined : String(Array.isArray(value) ? value[0] : value);
  };
  const text = (v: unknown) => (typeof v === 'string' && v.length ? v : undefined);
  let parsed: Record<string, unknown> | undefined;
  try {
    const value = JSON.parse(message.value?.toString('utf8') ?? '');
    if (value && typeof value === 'object' && !Array.isArray(value)) parsed = value;
  } catch {
    /* not JSON */
  }
  return {
    messageId: text(parsed?.id) ?? header(Headers.id),
    type: text(parsed?.type) ?? header(Headers.type),
    subject: text(parsed?.subject) ?? header(Headers.subject),
    tenant: text(parsed?.tenant) ?? header(Headers.tenant),
    correlationId: text(parsed?.correlationId) ?? header(Headers.correlationId),
    data: parsed?.data,
  };
}

/** The id and type of a message as far as they can be read (poison may have neither). */
function identify(message: KafkaMessage): { id?: string; type?: string } {
  const header = (name: string) => {
    const value = message.headers?.[name];
    return value === undefined ? undefined : String(Array.isArray(value) ? value[0] : value);
  };
  try {
    const parsed = JSON.parse(message.value?.toString('utf8') ?? '');
    if (parsed && typeof parsed === 'object') {
      return { id: typeof parsed.id === 'string' ? parsed.id : header(Headers.id), type: typeof parsed.type === 'string' ? parsed.type : header(Headers.type) };
    }
  } catch {
    /* not JSON */
  }
  return { id: header(Headers.id), type: header(Headers.type) };
}

/** A message of a run failed (at `index`): the run's transaction rolls back. */
class RunMessageFailed extends Error {
  constructor(readonly index: number) {
    super(`message ${index} of the run failed`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
