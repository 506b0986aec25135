import { AwaitingExit, dueExitBatches } from './exit-batch-rules';

describe('exit batches', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);
  const list = (listId: string, msAgo: number, ieFlag: 'I' | 'E' = 'I', currency = '142'): AwaitingExit => ({ listId, ieFlag, currency, releasedAt: at(msAgo) });

  it('files full batches by size, oldest first, and leaves the rest waiting', () => {
    const awaiting = [list('c', 10), list('a', 30), list('b', 20), list('d', 5), list('e', 1)];
    expect(dueExitBatches(awaiting, { size: 2, maxAgeMs: 0 }, now)).toEqual([
      { ieFlag: 'I', currency: '142', listIds: ['a', 'b'] },
      { ieFlag: 'I', currency: '142', listIds: ['c', 'd'] },
    ]);
  });

  it('files what waited too long, whatever its size', () => {
    expect(dueExitBatches([list('a', 1000), list('b', 10)], { size: 5, maxAgeMs: 500 }, now)).toEqual([{ ieFlag: 'I', currency: '142', listIds: ['a', 'b'] }]);
    expect(dueExitBatches([list('a', 400)], { size: 5, maxAgeMs: 500 }, now)).toEqual([]);
  });

  it('never mixes directions or currencies', () => {
    const batches = dueExitBatches([list('a', 10, 'I'), list('b', 10, 'E'), list('c', 10, 'I', '502')], { size: 1, maxAgeMs: 0 }, now);
    expect(batches).toEqual([
      { ieFlag: 'E', currency: '142', listIds: ['b'] },
      { ieFlag: 'I', currency: '142', listIds: ['a'] },
      { ieFlag: 'I', currency: '502', listIds: ['c'] },
    ]);
  });

  it('does nothing when both triggers are off', () => {
    expect(dueExitBatches([list('a', 1e9)], { size: 0, maxAgeMs: 0 }, now)).toEqual([]);
  });
});
