import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { issueKey } from '@lhasa/auth';
import { currentCorrelationId } from '@lhasa/http';
import { inventoryList, order, parties, payment, uniqueNo, waybill } from '../../../tests/support/ceb-documents';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { AppModule } from '../src/app.module';

jest.setTimeout(120000);

/**
 * What one HTTP filing costs in SQL statements (request → commit, the key check included), counted
 * per request by its correlation id: a budget per document, so a change that adds round trips to
 * the hot path fails here. `FILING_STATEMENTS_PRINT=1` prints each request's statements.
 */
describe('declarations: SQL statements per filing', () => {
  let service: RunningService;
  const p = parties();
  const keys: Record<'ebc' | 'pay' | 'logistics' | 'agent', string> = { ebc: '', pay: '', logistics: '', agent: '' };
  const statements = new Map<string, string[]>();
  const original = PostgresQueryRunner.prototype.query;

  beforeAll(async () => {
    // A steady load's filers find their key in the cache (the suite's short TTL would expire it mid-test).
    process.env.AUTH_CACHE_TTL_MS = '60000';
    for (const role of ['ebc', 'pay', 'logistics', 'agent'] as const) keys[role] = (await issueKey({ name: role, role: 'enterprise', enterpriseCode: p[role] })).key;
    PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
      const id = currentCorrelationId();
      const seen = id ? statements.get(id) : undefined;
      if (seen) seen.push(String(args[0]).replace(/\s+/g, ' '));
      return original.apply(this, args);
    } as typeof original;
    service = await startServiceApp(AppModule);
  });

  afterAll(async () => {
    PostgresQueryRunner.prototype.query = original;
    await service?.close();
    await dropNamespaceDatabases();
  });

  /** POSTs with a fresh correlation id and returns the answer and the statements run under it. */
  async function counted(path: string, key: string, body: unknown): Promise<{ status: number; sql: string[] }> {
    const id = `count-${randomUUID()}`;
    statements.set(id, []);
    const res = await fetch(`${service.url}${path}`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json', 'x-correlation-id': id },
      body: JSON.stringify(body),
    });
    await res.text();
    const sql = statements.get(id) ?? [];
    statements.delete(id);
    if (process.env.FILING_STATEMENTS_PRINT === '1') process.stdout.write(`${path} ${res.status}: ${sql.length} statements\n  ${sql.map((q) => q.slice(0, 160)).join('\n  ')}\n`);
    return { status: res.status, sql };
  }

  it('files order, payment, waybill and list within their statement budgets (warm key cache), a resend within its own', async () => {
    expect((await counted('/agent-authorisations', keys.ebc, { agentCode: p.agent })).status).toBe(201);
    // Warm the key cache of each filer, as a steady load does.
    for (const role of ['pay', 'logistics', 'agent'] as const) await counted('/agent-authorisations', keys[role], {});

    const orderNo = uniqueNo('O');
    const wb = waybill(p, orderNo);
    const list = inventoryList(p, orderNo, { logisticsNo: wb.logisticsNo });
    const filings: Array<[string, string, unknown, number]> = [
      ['/orders', keys.ebc, order(p, orderNo), BUDGET.order],
      ['/payments', keys.pay, payment(p, orderNo), BUDGET.payment],
      ['/waybills', keys.logistics, wb, BUDGET.waybill],
      ['/inventory-lists', keys.agent, list, BUDGET.list],
    ];
    for (const [path, key, body, budget] of filings) {
      const filed = await counted(path, key, body);
      expect(filed.status).toBe(201);
      expect(filed.sql.filter((q) => q.includes('ApiKeyRecord'))).toEqual([]);
      expect(filed.sql.length).toBeLessThanOrEqual(budget);
      // In a transaction, or (a filing without rules under a lock) the row and its events in one statement.
      expect(filed.sql[filed.sql.length - 1]).toMatch(budget > 2 ? /^COMMIT$/ : /^WITH w0 AS \(INSERT INTO .* INSERT INTO outbox /);
    }
    for (const [path, key, body] of filings) {
      const again = await counted(path, key, body);
      expect(again.status).toBe(200);
      expect(again.sql.length).toBeLessThanOrEqual(path === '/payments' || path === '/waybills' ? BUDGET.resendAlone : BUDGET.resend);
    }
  });
});

/**
 * Statements per filing, HTTP request → commit. A payment or waybill has no rule that needs other
 * documents: its keys are read, then its row and events written in one statement, no transaction.
 */
const BUDGET = { order: 5, payment: 2, waybill: 2, list: 7, resend: 4, resendAlone: 1 };
