import { drawListFate, drawsInspection, seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('draws the same sequence for the same seed and business key', () => {
    const a = seededRandom('seed-1', 'AGENT:COP1');
    const b = seededRandom('seed-1', 'AGENT:COP1');
    const drawsA = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(drawsA);
    expect(drawsA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws differently for another seed or another document', () => {
    const first = seededRandom('seed-1', 'AGENT:COP1')();
    expect(seededRandom('seed-2', 'AGENT:COP1')()).not.toBe(first);
    expect(seededRandom('seed-1', 'AGENT:COP2')()).not.toBe(first);
  });

  it('is roughly uniform', () => {
    const draws = Array.from({ length: 2000 }, (_, i) => seededRandom('s', `k${i}`)());
    const below = draws.filter((x) => x < 0.3).length / draws.length;
    expect(below).toBeGreaterThan(0.25);
    expect(below).toBeLessThan(0.35);
  });
});

describe('drawsInspection', () => {
  it('never inspects at rate 0 and always at rate 1', () => {
    for (let i = 0; i < 50; i++) {
      expect(drawsInspection('s', `k${i}`, 0)).toBe(false);
      expect(drawsInspection('s', `k${i}`, 1)).toBe(true);
    }
  });

  it('repeats its decision for the same document, whatever else was drawn before', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `AGENT:COP${i}`);
    const forward = keys.map((k) => drawsInspection('run-42', k, 0.3));
    const backward = [...keys].reverse().map((k) => drawsInspection('run-42', k, 0.3)).reverse();
    expect(backward).toEqual(forward);
    expect(forward.some(Boolean)).toBe(true);
    expect(forward.every(Boolean)).toBe(false);
  });
});

describe('drawListFate', () => {
  const keys = Array.from({ length: 400 }, (_, i) => `AGENT:COP${i}`);

  it('inspects exactly as drawsInspection does when nothing is held', () => {
    for (const key of keys.slice(0, 50)) {
      expect(drawListFate('run-7', key, { inspectionRate: 0.3, holdRate: 0 })).toEqual({ inspected: drawsInspection('run-7', key, 0.3), held: false });
    }
  });

  it('holds at about the hold rate, and a held list was inspected', () => {
    const fates = keys.map((k) => drawListFate('run-7', k, { inspectionRate: 0, holdRate: 0.25 }));
    const held = fates.filter((f) => f.held).length / fates.length;
    expect(held).toBeGreaterThan(0.18);
    expect(held).toBeLessThan(0.32);
    expect(fates.every((f) => f.inspected === f.held)).toBe(true);
  });

  it('is the same for the same seed and key, and differs with the seed', () => {
    const rates = { inspectionRate: 0.5, holdRate: 0.5 };
    expect(keys.map((k) => drawListFate('a', k, rates))).toEqual(keys.map((k) => drawListFate('a', k, rates)));
    expect(keys.map((k) => drawListFate('b', k, rates))).not.toEqual(keys.map((k) => drawListFate('a', k, rates)));
  });
});
