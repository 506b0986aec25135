import { EntityManager } from 'typeorm';
import { OutboxPublisher } from '@lhasa/messaging';
import { eventsWithRows, StatementPart } from './entity-sql';

/** eventsWithRows: one statement for the rows and the events, parameters numbered across its parts. */
describe('eventsWithRows', () => {
  const outbox = {
    row: (_definition: unknown, input: { subject: string }) => ({ envelope: { id: `e-${input.subject}` }, params: ['id', 'topic', input.subject, 'type', {}, {}] }),
    written: jest.fn(),
  } as unknown as OutboxPublisher;
  const part =
    (table: string, values: unknown[]): StatementPart =>
    (offset) => ({ text: `INSERT INTO ${table} VALUES (${values.map((_, i) => `$${offset + i + 1}`).join(', ')})`, params: values });

  function manager() {
    const calls: Array<[string, unknown[]]> = [];
    const m = { query: async (text: string, params: unknown[]) => void calls.push([text, params]) } as unknown as EntityManager;
    return { m, calls };
  }

  it('writes the parts as CTEs and the events as the main statement, then marks the transaction', async () => {
    const { m, calls } = manager();
    const events = eventsWithRows(outbox);
    const envelope = await events.publish({ type: 'x' } as never, { subject: 'a', data: {} });
    await events.publish({ type: 'x' } as never, { subject: 'b', data: {} });
    await events.insert(m, [part('lists', ['l1', 'l2']), part('lines', ['n1'])]);
    expect(envelope).toEqual({ id: 'e-a' });
    expect(calls).toEqual([
      [
        'WITH w0 AS (INSERT INTO lists VALUES ($1, $2)), w1 AS (INSERT INTO lines VALUES ($3)) ' +
          'INSERT INTO outbox (id, topic, key, type, headers, payload) VALUES ($4, $5, $6, $7, $8, $9), ($10, $11, $12, $13, $14, $15)',
        ['l1', 'l2', 'n1', 'id', 'topic', 'a', 'type', {}, {}, 'id', 'topic', 'b', 'type', {}, {}],
      ],
    ]);
    expect(outbox.written).toHaveBeenCalledWith(m);
  });

  it('without events writes the parts alone and wakes nothing', async () => {
    (outbox.written as jest.Mock).mockClear();
    const { m, calls } = manager();
    await eventsWithRows(outbox).insert(m, [part('orders', ['o'])]);
    expect(calls).toEqual([['INSERT INTO orders VALUES ($1)', ['o']]]);
    expect(outbox.written).not.toHaveBeenCalled();
  });
});
