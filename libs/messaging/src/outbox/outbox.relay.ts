import { Logger } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { MessagingConfig } from '../messaging.config';
import { OutboxCommitSubscriber } from './outbox-commit.subscriber';

interface OutboxRow {
  seq: string;
  id: string;
  topic: string;
  key: string;
  headers: Record<string, string>;
  payload: unknown;
}

/**
 * Moves committed outbox rows to Kafka. One relay per service database works at a time (an
 * advisory lock), which keeps each key's events in commit order; rows are locked with
 * FOR UPDATE SKIP LOCKED and deleted only after Kafka acknowledged them (acks=all). A crash
 * between the send and the delete re-sends, which the consumers' inbox absorbs.
 *
 * It wakes when a transaction of this process commits outbox rows, lingers a few milliseconds
 * so concurrent commits share one batch, and polls for rows other processes left (a replica,
 * or this service before a crash).
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private failures = 0;
  /** A commit was announced while a batch was running: go again without sleeping. */
  private pending = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly config: MessagingConfig,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    if (!this.dataSource.subscribers.some((s) => s instanceof OutboxCommitSubscriber)) {
      this.dataSource.subscribers.push(new OutboxCommitSubscriber(() => this.nudge()));
    }
    this.loop = this.run();
  }

  /** Stops after relaying everything committed so far. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.flush();
  }

  /** Something was committed: relay soon. */
  nudge(): void {
    this.pending = true;
    this.wake?.();
  }

  /** Relays until the outbox is empty (or another relay holds the lock). */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.relayOnce();
      total += sent;
      if (sent < this.config.relayBatchSize) return total;
    }
  }

  /** One batch: returns how many events were published. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [`outbox:${this.config.service}`]);
      if (!locked) return 0;
      const rows: OutboxRow[] = await manager.query(
        'SELECT seq, id, topic, key, headers, payload FROM outbox ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED',
        [this.config.relayBatchSize],
      );
      if (!rows.length) return 0;
      const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
      for (const row of rows) {
        const list = byTopic.get(row.topic) ?? [];
        list.push({ key: row.key, value: JSON.stringify(row.payload), headers: row.headers });
        byTopic.set(row.topic, list);
      }
      await this.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
      await manager.query('DELETE FROM outbox WHERE seq = ANY($1::bigint[])', [rows.map((r) => r.seq)]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sent = 0;
      this.pending = false;
      try {
        sent = await this.relayOnce();
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        this.logger.warn(`relay failed (${this.failures} in a row): ${(error as Error).message}`);
      }
      if (sent >= this.config.relayBatchSize) continue;
      const backoff = this.failures ? Math.min(10000, 200 * 2 ** Math.min(this.failures, 6)) : this.config.relayPollMs;
      if (!this.pending || this.failures) await this.sleep(backoff);
      // Linger after a wake-up so commits landing together leave in one batch.
      if (this.running && this.config.relayLingerMs) await this.sleep(this.config.relayLingerMs, false);
    }
  }

  private sleep(ms: number, wakeable = true): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      if (!wakeable) return;
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }
}
