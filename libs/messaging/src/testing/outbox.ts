import { DataSource } from 'typeorm';

/**
 * Resolves once the service's outbox is empty: everything its transactions committed so far
 * has been acknowledged by the broker (rows are deleted only then).
 */
export async function untilOutboxEmpty(dataSource: DataSource, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM outbox');
    if (n === 0) return;
    if (Date.now() > deadline) throw new Error(`outbox still holds ${n} event(s) after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
