// Malformed and hostile request bodies for the fuzz suite: mutations of a valid body (a field
// removed, replaced by a hostile value, renamed, duplicated into an unknown field) and bodies
// that are not documents at all. fast-check arbitraries, so a failure shrinks to a small case.
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values that have broken services before, or could: each must be a 4xx, never a 5xx. */
const HOSTILE_SCALARS: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  -0.0001,
  0.1 + 0.2,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  1e21,
  1e308,
  '',
  ' ',
  '   leading and trailing   ',
  '0',
  '-1',
  '1e3',
  'NaN',
  'Infinity',
  '9'.repeat(40),
  '1.123456789',
  'x'.repeat(5000),
  'a\u0000b',
  'a\u0001b',
  'a\u001Fb',
  '\uFFFE',
  '\uFFFF',
  'lone \uD800 high',
  'lone \uDC00 low',
  '<tag>&amp;"\'',
  ']]><!--',
  '𠀀𠀁 Tibetan བོད་ emoji 🍵',
  '../../etc/passwd',
  "'; DROP TABLE orders; --",
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '2026-13-45T99:99:99Z',
  '{"nested":"json"}',
];

function deepNest(levels: number): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_SCALARS) },
  { weight: 1, arbitrary: fc.constantFrom<Json>([], {}, [null], [[]], { '': '' }, deepNest(50), [deepNest(20)]) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Every path to a value in a body ("lines.0.qty"), objects and arrays included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function parentOf(root: Json, path: (string | number)[]): { parent: any; key: string | number } {
  let parent: any = root;
  for (const step of path.slice(0, -1)) parent = parent[step];
  return { parent, key: path[path.length - 1] };
}

type Mutation = { kind: 'remove' | 'replace' | 'unknown-field' | 'rename'; pathIndex: number; value: Json };

function mutate(valid: Json, mutations: Mutation[]): Json {
  let body = clone(valid);
  for (const m of mutations) {
    const all = paths(body);
    if (!all.length) break;
    const path = all[m.pathIndex % all.length];
    const { parent, key } = parentOf(body, path);
    if (parent === null || typeof parent !== 'object') continue;
    switch (m.kind) {
      case 'remove':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        break;
      // A copy each time: a shared value put inside itself would make the body cyclic.
      case 'replace':
        parent[key] = clone(m.value);
        break;
      case 'unknown-field':
        if (!Array.isArray(parent)) parent[`${String(key)}X`] = clone(m.value);
        break;
      case 'rename':
        if (!Array.isArray(parent)) {
          parent[`${String(key).toUpperCase()}`] = parent[key];
          delete parent[key];
        }
        break;
    }
  }
  if (body === undefined) body = null;
  return body;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('remove', 'replace', 'replace', 'replace', 'unknown-field', 'rename'),
  pathIndex: fc.nat(),
  value: hostileValue,
});

/** A body to send: JSON (a mutated document or something else entirely) or raw text. */
export type HostileBody = { json: Json } | { raw: string };

/**
 * Bodies built from `valid`: mostly one to three mutations of it, sometimes a body that is not a
 * document (an array, a scalar, deep nesting, broken JSON, a huge line count).
 */
export function hostileBodies(valid: Json): fc.Arbitrary<HostileBody> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ({ json: mutate(valid, ms) })) },
    { weight: 1, arbitrary: hostileValue.map((json) => ({ json })) },
    { weight: 1, arbitrary: fc.constantFrom<HostileBody>({ json: [valid] }, { json: { ...(valid as object), lines: Array(200).fill(null) } }) },
    { weight: 1, arbitrary: fc.constantFrom<HostileBody>({ raw: '{"orderNo": "A1",' }, { raw: '' }, { raw: 'null' }, { raw: '{"a":1}{"b":2}' }, { raw: '\u0000' }) },
  );
}

/**
 * Bodies too large or too deep for a property's report to print: sent once each, outside
 * fast-check (a failure names the case).
 */
export function pathologicalBodies(valid: Json): Array<{ name: string; body: HostileBody }> {
  return [
    { name: 'JSON nested 5000 levels', body: { raw: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}` } },
    { name: 'JSON nested 100000 levels as text', body: { raw: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}` } },
    { name: 'an unclosed array 10000 deep', body: { raw: '['.repeat(10_000) } },
    { name: '5000 lines', body: { json: { ...(valid as object), lines: Array(5000).fill((valid as { lines?: Json[] }).lines?.[0] ?? null) } } },
    { name: 'a 2 MB string field', body: { json: { ...(valid as object), note: 'x'.repeat(2_000_000) } } },
  ];
}
