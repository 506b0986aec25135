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
