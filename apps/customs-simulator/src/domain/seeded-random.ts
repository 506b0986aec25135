import { createHash } from 'node:crypto';

/**
 * A small deterministic PRNG (mulberry32) seeded from a hash of the setting's seed and the
 * document's business key: a replayed run draws exactly what the first run drew, document by
 * document, whatever order the documents arrive in.
 */
export function seededRandom(seed: string, businessKey: string): () => number {
  let state = createHash('sha256').update(`${seed}\u0000${businessKey}`).digest().readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether customs inspects (查验) this document: the first draw of its own sequence. */
export function drawsInspection(seed: string, businessKey: string, inspectionRate: number): boolean {
  if (inspectionRate <= 0) return false;
  if (inspectionRate >= 1) return true;
  return seededRandom(seed, businessKey)() < inspectionRate;
}

/** What customs decided for a matched list: inspected (查验, 500), and held (扣留, 501) after the inspection. */
export interface ListFate {
  inspected: boolean;
  held: boolean;
}

/**
 * The fate of a matched list from its own sequence: the first draw decides the inspection (as
 * drawsInspection), the second the hold. A held list is always inspected first, whatever the
 * inspection draw said: customs holds goods because of what an inspection found.
 */
export function drawListFate(seed: string, businessKey: string, rates: { inspectionRate: number; holdRate: number }): ListFate {
  // Draws lie in [0, 1): rate 0 never passes, rate 1 always does.
  const next = seededRandom(seed, businessKey);
  const inspected = next() < rates.inspectionRate;
  const held = next() < rates.holdRate;
  return { inspected: inspected || held, held };
}
