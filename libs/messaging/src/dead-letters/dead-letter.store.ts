import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@lhasa/domain';
import type { DeadLetter } from './dead-letter';

export type DeadLetterStatus = 'dead' | 'replayed';

/** A dead_letters row as the admin endpoint shows it. */
export interface DeadLetterRecord {
  id: string;
  status: DeadLetterStatus;
  consumerGroup: string;
  topic: string;
  partition: number;
  offset: string;
  messageId: string | null;
  type: string | null;
  subject: string | null;
  tenant: string | null;
  error: { code: string; message: string };
  attempts: number;
  deadLetteredAt: string;
  replayedAt: string | null;
  replayOutcome: string | null;
  replayedAs: string | null;
  replayOf: string | null;
  policyError: string | null;
}

/** The message exactly as it was consumed. */
export interface RawMessage {
  headers: Record<string, string>;
  key: Buffer | null;
  value: Buffer | null;
}

export interface DeadLetterWithMessage extends DeadLetterRecord {
  message: { headers: Record<string, string>; key: string | null; value: string | null; valueBase64: string | null };
}

/** What recording needs: the dead letter as far as it could be read, and the raw message. */
export type NewDeadLetter = Omit<DeadLetter, 'id' | 'correlationId' | 'data' | 'envelope'> & { raw: RawMessage };

export interface DeadLetterFilter {
  type?: string;
  status?: DeadLetterStatus;
  limit: number;
  offset: number;
}

const COLUMNS = `id, consumer_group, topic, partition, "offset"::text AS "offset", message_id, type, subject, tenant, error_code,
  error_message, attempts, dead_lettered_at, replayed_at, replay_outcome, replayed_as, replay_of, policy_error`;

/** The service's dead_letters table (libs/messaging migration DeadLetters1732500000000). */
export class DeadLetterStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a dead letter once: the same consumed message (group, topic, partition, offset) or the
   * same failed replay records one row. Returns its id and whether this call inserted it.
   */
  async record(manager: EntityManager, letter: NewDeadLetter): Promise<{ id: string; inserted: boolean }> {
    const dedupeKey = letter.replayOf
      ? `replay:${letter.replayOf}`
      : `${letter.consumerGroup}|${letter.topic}|${letter.partition}|${letter.offset}`;
    const [row] = await manager.query(
      `INSERT INTO dead_letters (id, dedupe_key, consumer_group, topic, partition, "offset", message_id, type, subject, tenant,
         error_code, error_message, attempts, headers, key, value, replay_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (dedupe_key) DO UPDATE SET dedupe_key = EXCLUDED.dedupe_key
       RETURNING id, (xmax = 0) AS inserted`,
      [
        randomUUID(),
        dedupeKey,
        letter.consumerGroup,
        letter.topic,
        letter.partition,
        letter.offset,
        clip(letter.messageId, 200),
        clip(letter.type, 200),
        clip(letter.subject, 500),
        clip(letter.tenant, 200),
        pgText(letter.errorCode).slice(0, 200),
        pgText(letter.errorMessage).slice(0, 4000),
        letter.attempts,
        letter.raw.headers,
        letter.raw.key,
        letter.raw.value,
        letter.replayOf ?? null,
      ],
    );
    if (letter.replayOf) {
      await manager.query(
        `UPDATE dead_letters SET replayed_at = now(), replay_outcome = 'dead-lettered', replayed_as = $2 WHERE id = $1`,
        [letter.replayOf, row.id],
      );
    }
    return { id: row.id, inserted: row.inserted };
  }

  async notePolicyError(manager: EntityManager, id: string, message: string): Promise<void> {
    await manager.query('UPDATE dead_letters SET policy_error = $2 WHERE id = $1', [id, pgText(message).slice(0, 4000)]);
  }

  /**
   * Marks a dead letter replayed in the replay's own transaction (locking it, so two replays of
   * one record never both run). False when it was replayed already.
   */
  async claimReplay(manager: EntityManager, id: string, outcome: string): Promise<boolean> {
    // TypeORM answers an UPDATE on PostgreSQL with [rows, affected].
    const [, affected]: [unknown[], number] = await manager.query(
      'UPDATE dead_letters SET replayed_at = now(), replay_outcome = $2 WHERE id = $1 AND replayed_at IS NULL',
      [id, outcome],
    );
    return affected === 1;
  }

  async list(filter: DeadLetterFilter): Promise<{ items: DeadLetterRecord[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.type) where.push(`type = $${params.push(filter.type)}`);
    if (filter.status === 'dead') where.push('replayed_at IS NULL');
    if (filter.status === 'replayed') where.push('replayed_at IS NOT NULL');
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM dead_letters ${clause}`, params);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM dead_letters ${clause} ORDER BY dead_lettered_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { items: rows.map(toRecord), total };
  }

  async find(id: string): Promise<DeadLetterWithMessage | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS}, headers, key, value FROM dead_letters WHERE id = $1`, [id]);
    if (!row) return undefined;
    const value: Buffer | null = row.value;
    const text = value ? utf8(value) : null;
    return {
      ...toRecord(row),
      message: {
        headers: row.headers,
        key: row.key ? (utf8(row.key) ?? row.key.toString('base64')) : null,
        value: text,
        valueBase64: value && text === null ? value.toString('base64') : null,
      },
    };
  }

  /** The raw message of a dead letter, to replay it. */
  async raw(id: string): Promise<(RawMessage & { topic: string; partition: number; offset: string; replayedAt: Date | null }) | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.dataSource.query(
      'SELECT topic, partition, "offset"::text AS "offset", headers, key, value, replayed_at FROM dead_letters WHERE id = $1',
      [id],
    );
    if (!row) return undefined;
    return { topic: row.topic, partition: row.partition, offset: row.offset, headers: row.headers, key: row.key, value: row.value, replayedAt: row.replayed_at };
  }
}

function toRecord(row: any): DeadLetterRecord {
  return {
    id: row.id,
    status: row.replayed_at ? 'replayed' : 'dead',
    consumerGroup: row.consumer_group,
    topic: row.topic,
    partition: row.partition,
    offset: row.offset,
    messageId: row.message_id,
    type: row.type,
    subject: row.subject,
    tenant: row.tenant,
    error: { code: row.error_code, message: row.error_message },
    attempts: row.attempts,
    deadLetteredAt: new Date(row.dead_lettered_at).toISOString(),
    replayedAt: row.replayed_at ? new Date(row.replayed_at).toISOString() : null,
    replayOutcome: row.replay_outcome,
    replayedAs: row.replayed_as,
    replayOf: row.replay_of,
    policyError: row.policy_error,
  };
}

function clip(text: string | undefined, max: number): string | null {
  return text === undefined ? null : pgText(text).slice(0, max);
}

/** PostgreSQL text and jsonb hold no NUL character: a poison message may carry one anywhere. */
export function pgText(text: string): string {
  return text.replace(/\u0000/g, '\uFFFD');
}

/** The text of valid UTF-8 bytes, or null. */
function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
