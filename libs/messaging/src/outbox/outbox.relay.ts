import { Logger } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MessagingConfig } from '../messaging.config';
import { outboxChannel } from './outbox.publisher';

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
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private listener?: Client;
  private failures = 0;
  /** A commit was announced while a batch was running: go again without sleeping. */
  private pending = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly config: MessagingConfig,
    private readonly databaseUrl: string,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  /** Stops after relaying everything committed so far. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.flush();
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
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
      if (sent >= this.config.relayBatchSize || (this.pending && !this.failures)) continue;
      const backoff = this.failures ? Math.min(10000, 200 * 2 ** Math.min(this.failures, 6)) : this.config.relayPollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoff);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** LISTEN for commits of new outbox rows so events leave within milliseconds, not a poll. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: `${this.config.service}-outbox-listener` });
    client.on('error', (error) => this.logger.warn(`outbox listener lost: ${error.message}; falling back to polling`));
    client.on('notification', () => {
      this.pending = true;
      this.wake?.();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${outboxChannel(this.config.service)}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`cannot LISTEN for outbox commits (${(error as Error).message}); polling every ${this.config.relayPollMs} ms`);
      await client.end().catch(() => undefined);
    }
  }
}
