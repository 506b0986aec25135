import { EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

const WROTE_OUTBOX = Symbol('lhasa.wroteOutbox');
type Marked = QueryRunner & { [WROTE_OUTBOX]?: boolean };

/** Remembers that a transaction wrote outbox rows, so its commit can wake the relay. */
export function markOutboxWritten(queryRunner: QueryRunner | undefined): boolean {
  if (!queryRunner?.isTransactionActive) return false;
  (queryRunner as Marked)[WROTE_OUTBOX] = true;
  return true;
}

/**
 * Wakes this process's relay right after a transaction that wrote outbox rows commits. An
 * in-process signal instead of NOTIFY: PostgreSQL serialises the commits of every transaction
 * that sends a NOTIFY (a server-wide lock held until the commit is on disk), which halved the
 * publishing rate in `npm run bench`. Rows written by other processes are found by the poll.
 */
export class OutboxCommitSubscriber implements EntitySubscriberInterface {
  constructor(private readonly wake: () => void) {}

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner as Marked;
    if (!runner[WROTE_OUTBOX]) return;
    runner[WROTE_OUTBOX] = false;
    this.wake();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    (event.queryRunner as Marked)[WROTE_OUTBOX] = false;
  }
}
