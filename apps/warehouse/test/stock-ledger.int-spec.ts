// Property tests of the stock movement path production runs: StockLedger.move (the only writer of
// a line's quantities) against real PostgreSQL, with random sequences of 预增 / 实增 / 预减 /
// 预减返还 / 实减 / 退货实增, one after another (compared with a small model) and concurrently (checked
// against the ledger invariants and the movement journal).
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { formatQuantity, parseQuantity } from '@lhasa/domain';
import { buildDataSourceOptions, prepareDatabase } from '@lhasa/persistence';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { MovementOutcome, MovementReference, StockLedger } from '../src/domain/stock-ledger';
import { MovementKind } from '../src/domain/stock-rules';
import { warehousePersistence } from '../src/warehouse.persistence';

jest.setTimeout(300_000);

const EMS = 'T8800P000001';
const KINDS: MovementKind[] = ['PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE', 'RETURN_INCREASE'];
const REFERENCE_TYPE: Record<MovementKind, MovementReference['type']> = {
  PRE_INCREASE: 'VERIFICATION_LIST',
  ACTUAL_INCREASE: 'GATE_PASS',
  PRE_REDUCE: 'INVENTORY_LIST',
  PRE_REDUCE_RETURN: 'INVENTORY_LIST',
  ACTUAL_REDUCE: 'GATE_PASS',
  RETURN_INCREASE: 'RETURN_ENTRY',
  STOCKTAKE_GAIN: 'STOCK_TAKE',
  STOCKTAKE_LOSS: 'STOCK_TAKE',
  STOCKTAKE_HOLD: 'STOCK_TAKE',
  STOCKTAKE_HOLD_RELEASE: 'STOCK_TAKE',
};
const REFUSAL_CODE: Record<MovementKind, string> = {
  PRE_INCREASE: 'WAREHOUSE.INVALID_MOVEMENT',
  ACTUAL_INCREASE: 'WAREHOUSE.OVER_INCREASE',
  PRE_REDUCE: 'WAREHOUSE.INSUFFICIENT_STOCK',
  PRE_REDUCE_RETURN: 'WAREHOUSE.OVER_RETURN',
  ACTUAL_REDUCE: 'WAREHOUSE.OVER_REDUCTION',
  RETURN_INCREASE: 'WAREHOUSE.INVALID_MOVEMENT',
  STOCKTAKE_GAIN: 'WAREHOUSE.INVALID_MOVEMENT',
  STOCKTAKE_LOSS: 'WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE',
  STOCKTAKE_HOLD: 'WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE',
  STOCKTAKE_HOLD_RELEASE: 'WAREHOUSE.INVALID_MOVEMENT',
};

interface Movement {
  kind: MovementKind;
  /** Which of the run's two lines the document names, with quantities in 1e-5 units. */
  lines: { line: 0 | 1; units: bigint }[];
  /** A small reference space, so the same document sometimes moves again (a replay). */
  reference: number;
}

type Quantities = { preIncreased: bigint; actualIncreased: bigint; preReduced: bigint; actualReduced: bigint; returnIncreased: bigint };
const zero = (): Quantities => ({ preIncreased: 0n, actualIncreased: 0n, preReduced: 0n, actualReduced: 0n, returnIncreased: 0n });

const units = fc.bigInt({ min: 1n, max: 5_000_000n }); // 0.00001 … 50
const movement: fc.Arbitrary<Movement> = fc.record({
  kind: fc.constantFrom(...KINDS),
  lines: fc.oneof(
    fc.tuple(fc.constantFrom<0 | 1>(0, 1), units).map(([line, u]) => [{ line, units: u }]),
    fc.tuple(units, units).map(([a, b]) => [
      { line: 0 as const, units: a },
      { line: 1 as const, units: b },
    ]),
  ),
  reference: fc.nat({ max: 5 }),
});

/** The ledger rules as the smallest model that could work: what a movement may take. */
function headroom(kind: MovementKind, q: Quantities): bigint | undefined {
  switch (kind) {
    case 'PRE_INCREASE':
    case 'RETURN_INCREASE':
      return undefined;
    case 'ACTUAL_INCREASE':
      return q.preIncreased - q.actualIncreased;
    case 'PRE_REDUCE':
      return q.actualIncreased + q.returnIncreased - q.preReduced;
    case 'PRE_REDUCE_RETURN':
    case 'ACTUAL_REDUCE':
      return q.preReduced - q.actualReduced;
  }
}

function apply(kind: MovementKind, q: Quantities, u: bigint): void {
  if (kind === 'PRE_INCREASE') q.preIncreased += u;
  if (kind === 'ACTUAL_INCREASE') q.actualIncreased += u;
  if (kind === 'PRE_REDUCE') q.preReduced += u;
  if (kind === 'PRE_REDUCE_RETURN') q.preReduced -= u;
  if (kind === 'ACTUAL_REDUCE') q.actualReduced += u;
  if (kind === 'RETURN_INCREASE') q.returnIncreased += u;
}

describe('StockLedger.move against PostgreSQL (property)', () => {
  let ds: DataSource;
  const ledger = new StockLedger();
  let runNo = 0;

  beforeAll(async () => {
    const options = buildDataSourceOptions(warehousePersistence);
    await prepareDatabase(options);
    ds = new DataSource({ ...options, poolSize: 12 } as never);
    await ds.initialize();
    await ds.query(`INSERT INTO ledgers (ems_no, name, owner_code) VALUES ($1, 'property test', '5401000001')`, [EMS]);
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropNamespaceDatabases();
  });

  /** Two fresh ledger lines for one run, so runs do not see each other. */
  async function freshLines(): Promise<[string, string]> {
    runNo += 1;
    const names: [string, string] = [`R${runNo}-A`, `R${runNo}-B`];
    for (const name of names) {
      await ds.query(`INSERT INTO ledger_lines (ems_no, item_record_no, gcode, gname, unit) VALUES ($1, $2, '3304990000', 'goods', '011')`, [EMS, name]);
    }
    return names;
  }

  const move = (names: [string, string], m: Movement, run: number): Promise<MovementOutcome> =>
    ds.transaction((manager) =>
      ledger.move(
        manager,
        EMS,
        m.kind,
        m.lines.map((l) => ({ itemRecordNo: names[l.line], qty: formatQuantity(l.units) })),
        { type: REFERENCE_TYPE[m.kind], id: `run${run}-ref${m.reference}` },
      ),
    );

  async function stored(name: string): Promise<Quantities> {
    const [row] = await ds.query('SELECT pre_increased, actual_increased, pre_reduced, actual_reduced, return_increased FROM ledger_lines WHERE ems_no = $1 AND item_record_no = $2', [
      EMS,
      name,
    ]);
    return {
      preIncreased: parseQuantity(row.pre_increased),
      actualIncreased: parseQuantity(row.actual_increased),
      preReduced: parseQuantity(row.pre_reduced),
      actualReduced: parseQuantity(row.actual_reduced),
      returnIncreased: parseQuantity(row.return_increased),
    };
  }

  /** The counters as the movement journal says they must be. */
  async function journalled(name: string): Promise<Quantities> {
    const rows: { kind: MovementKind; total: string }[] = await ds.query(
      'SELECT kind, sum(qty)::text AS total FROM stock_movements WHERE ems_no = $1 AND item_record_no = $2 GROUP BY kind',
      [EMS, name],
    );
    const sum = (kind: MovementKind) => parseQuantity(rows.find((r) => r.kind === kind)?.total ?? '0');
    return {
      preIncreased: sum('PRE_INCREASE'),
      actualIncreased: sum('ACTUAL_INCREASE'),
      preReduced: sum('PRE_REDUCE') - sum('PRE_REDUCE_RETURN'),
      actualReduced: sum('ACTUAL_REDUCE'),
      returnIncreased: sum('RETURN_INCREASE'),
    };
  }

  function expectInvariants(q: Quantities): void {
    const available = q.actualIncreased + q.returnIncreased - q.preReduced; // what a new list may pre-reduce
    const onHand = q.actualIncreased + q.returnIncreased - q.actualReduced;
    expect({
      notOverGated: q.actualIncreased <= q.preIncreased,
      neverOversold: available >= 0n,
      reducedWithinPreReduced: q.actualReduced <= q.preReduced,
      onHandNonNegative: onHand >= 0n,
      allNonNegative: Object.values(q).every((v) => v >= 0n),
    }).toEqual({ notOverGated: true, neverOversold: true, reducedWithinPreReduced: true, onHandNonNegative: true, allNonNegative: true });
  }

  it('one after another: every outcome and the stored quantities agree with the model; the journal sums to the counters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(movement, { minLength: 1, maxLength: 25 }), async (movements) => {
        const names = await freshLines();
        const run = runNo;
        const model = [zero(), zero()];
        const journal = new Set<string>();
        for (const m of movements) {
          const outcome = await move(names, m, run);
          // The model: lines already journaled for this reference are skipped (a replay); the
          // rest are checked against the headroom first, and either all move or none does.
          const pending = [...m.lines].sort((a, b) => a.line - b.line).filter((l) => !journal.has(`${m.kind}/${m.reference}/${l.line}`));
          const refused = pending.find((l) => {
            const limit = headroom(m.kind, model[l.line]);
            return limit !== undefined && l.units > limit;
          });
          if (refused) {
            expect(outcome).toMatchObject({ ok: false, refusal: { code: REFUSAL_CODE[m.kind], itemRecordNo: names[refused.line] } });
          } else {
            expect(outcome).toEqual({ ok: true, applied: pending.map((l) => ({ itemRecordNo: names[l.line], qty: formatQuantity(l.units) })) });
            for (const l of pending) {
              apply(m.kind, model[l.line], l.units);
              journal.add(`${m.kind}/${m.reference}/${l.line}`);
            }
          }
        }
        for (const i of [0, 1]) {
          const q = await stored(names[i]);
          expect(q).toEqual(model[i]);
          expect(await journalled(names[i])).toEqual(q);
          expectInvariants(q);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('concurrently: stock is never oversold, refusals name the rule, and the journal sums to the counters', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Stock the lines first, then fire rounds of movements at once (each its own transaction).
        fc.tuple(units, units),
        fc.array(fc.array(movement, { minLength: 2, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async ([stockA, stockB], rounds) => {
          const names = await freshLines();
          const run = runNo;
          for (const [i, u] of [stockA, stockB].entries()) {
            const line = i as 0 | 1;
            expect(await move(names, { kind: 'PRE_INCREASE', lines: [{ line, units: u }], reference: 100 + i }, run)).toMatchObject({ ok: true });
            expect(await move(names, { kind: 'ACTUAL_INCREASE', lines: [{ line, units: u }], reference: 100 + i }, run)).toMatchObject({ ok: true });
          }
          for (const round of rounds) {
            const outcomes = await Promise.all(round.map((m) => move(names, m, run)));
            outcomes.forEach((outcome, k) => {
              if (!outcome.ok) expect(outcome.refusal.code).toBe(REFUSAL_CODE[round[k].kind]);
            });
            for (const name of names) expectInvariants(await stored(name));
          }
          for (const name of names) {
            const q = await stored(name);
            expect(await journalled(name)).toEqual(q);
            expectInvariants(q);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('concurrent pre-reductions of one line take exactly what is available, never more', async () => {
    await fc.assert(
      fc.asyncProperty(units, fc.array(units, { minLength: 2, maxLength: 12 }), async (stock, wanted) => {
        const names = await freshLines();
        const run = runNo;
        await move(names, { kind: 'PRE_INCREASE', lines: [{ line: 0, units: stock }], reference: 100 }, run);
        await move(names, { kind: 'ACTUAL_INCREASE', lines: [{ line: 0, units: stock }], reference: 100 }, run);
        const outcomes = await Promise.all(wanted.map((u, i) => move(names, { kind: 'PRE_REDUCE', lines: [{ line: 0, units: u }], reference: 200 + i }, run)));
        const taken = wanted.filter((_, i) => outcomes[i].ok).reduce((a, b) => a + b, 0n);
        const q = await stored(names[0]);
        expect(q.preReduced).toBe(taken);
        expect(taken).toBeLessThanOrEqual(stock);
        // Every refusal was right when it was made, so a refused list would not have fitted then:
        // in particular, if anything was refused, the smallest refused amount exceeds what is left.
        const refused = wanted.filter((_, i) => !outcomes[i].ok);
        if (refused.length) expect(refused.reduce((a, b) => (a < b ? a : b)) > stock - taken).toBe(true);
        expect(await journalled(names[0])).toEqual(q);
      }),
      { numRuns: 30 },
    );
  });
});
