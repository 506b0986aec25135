import { DataSource, EntityManager } from 'typeorm';
import { KafkaEventTransport } from '../consumer/kafka-event.transport';

/** One transaction the consumer ran: the statements it sent, BEGIN and COMMIT included. */
export interface CountedTransaction {
  statements: string[];
}

/**
 * Counts the SQL statements (round trips to PostgreSQL) of the transactions a transport's
 * consumer runs from now on: every statement sent with the handler's EntityManager, plus the
 * BEGIN and COMMIT around it. The outbox relay and HTTP requests share the DataSource but not
 * these transactions, so they are not counted. `stop()` puts the transport back.
 */
export class ConsumerStatementCounter {
  readonly transactions: CountedTransaction[] = [];
  private readonly original: DataSource;

  constructor(private readonly transport: KafkaEventTransport) {
    const holder = transport as unknown as { dataSource: DataSource };
    this.original = holder.dataSource;
    const original = this.original;
    const transactions = this.transactions;
    holder.dataSource = new Proxy(original, {
      get(target, property, receiver) {
        if (property !== 'transaction') return Reflect.get(target, property, receiver);
        return (work: (manager: EntityManager) => Promise<unknown>) =>
          target.transaction(async (manager) => {
            const counted: CountedTransaction = { statements: ['BEGIN'] };
            transactions.push(counted);
            const runner = manager.queryRunner!;
            const query = runner.query.bind(runner);
            runner.query = ((sql: string, ...rest: unknown[]) => {
              counted.statements.push(sql.replace(/\s+/g, ' ').trim());
              return (query as (...args: unknown[]) => Promise<unknown>)(sql, ...rest);
            }) as typeof runner.query;
            try {
              return await work(manager);
            } finally {
              runner.query = query;
              counted.statements.push('COMMIT');
            }
          });
      },
    });
  }

  /** Statements of all counted transactions. */
  get statements(): number {
    return this.transactions.reduce((sum, t) => sum + t.statements.length, 0);
  }

  /** Forgets what was counted so far. */
  reset(): void {
    this.transactions.length = 0;
  }

  stop(): void {
    (this.transport as unknown as { dataSource: DataSource }).dataSource = this.original;
  }
}

export function countConsumerStatements(transport: KafkaEventTransport): ConsumerStatementCounter {
  return new ConsumerStatementCounter(transport);
}
