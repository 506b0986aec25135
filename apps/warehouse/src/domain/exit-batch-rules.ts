/** A released list awaiting exit, as the batcher sees it. */
export interface AwaitingExit {
  listId: string;
  ieFlag: 'I' | 'E';
  currency: string;
  releasedAt: Date;
}

export interface ExitBatch {
  ieFlag: 'I' | 'E';
  currency: string;
  listIds: string[];
}

/**
 * The exit batches due on one ledger: its waiting lists grouped by direction and currency (one of
 * each per exit list), oldest first; a group files `size` lists at a time once it holds that many,
 * and all it holds (up to `size`) once its oldest has waited `maxAgeMs`. A trigger of 0 is off.
 */
export function dueExitBatches(awaiting: readonly AwaitingExit[], rules: { size: number; maxAgeMs: number }, now: Date): ExitBatch[] {
  const groups = new Map<string, AwaitingExit[]>();
  for (const a of [...awaiting].sort((x, y) => x.releasedAt.getTime() - y.releasedAt.getTime() || (x.listId < y.listId ? -1 : 1))) {
    const key = `${a.ieFlag}/${a.currency}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const batches: ExitBatch[] = [];
  for (const [key, lists] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [ieFlag, currency] = key.split('/') as ['I' | 'E', string];
    let rest = lists;
    while (rest.length) {
      const full = rules.size > 0 && rest.length >= rules.size;
      const old = rules.maxAgeMs > 0 && now.getTime() - rest[0].releasedAt.getTime() >= rules.maxAgeMs;
      if (!full && !old) break;
      const take = rules.size > 0 ? rest.slice(0, rules.size) : rest;
      batches.push({ ieFlag, currency, listIds: take.map((l) => l.listId) });
      rest = rest.slice(take.length);
    }
  }
  return batches;
}
