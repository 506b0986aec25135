import { availableForPreReduction, checkMovement, LineState, MovementKind, onHand, sumByItemRecordNo } from './stock-rules';
// The movement path itself (StockLedger.move in SQL) has its property tests against PostgreSQL:
// apps/warehouse/test/stock-ledger.int-spec.ts.

const line = (q: Partial<LineState> = {}): LineState => ({
  itemRecordNo: '1',
  suspended: false,
  preIncreased: '0',
  actualIncreased: '0',
  preReduced: '0',
  actualReduced: '0',
  returnIncreased: '0',
  ...q,
});

describe('stock rules', () => {
  it('counts stock-take gains and losses in on hand and available; a loss never takes available below zero', () => {
    const q = line({ preIncreased: '10', actualIncreased: '10', preReduced: '6', actualReduced: '2', stockTakeGain: '1.5', stockTakeLoss: '0.5' });
    expect(onHand(q)).toBe('9');
    expect(availableForPreReduction(q)).toBe('5');
    expect(checkMovement(q, 'STOCKTAKE_LOSS', '5')).toBeUndefined();
    expect(checkMovement(q, 'STOCKTAKE_LOSS', '5.00001')).toMatchObject({ code: 'WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE', available: '5' });
    expect(checkMovement(q, 'STOCKTAKE_GAIN', '1000')).toBeUndefined();
    // A count moves no goods: a suspended line may still be counted.
    expect(checkMovement({ ...q, suspended: true }, 'STOCKTAKE_LOSS', '1')).toBeUndefined();
  });

  it('on hand is actual increase minus actual reduction; available is actual increase minus pre-reduction', () => {
    const q = line({ preIncreased: '100', actualIncreased: '80', preReduced: '30.5', actualReduced: '10' });
    expect(onHand(q)).toBe('70');
    expect(availableForPreReduction(q)).toBe('49.5');
  });

  it('counts returned goods as stock on hand and available to pre-reduce', () => {
    const q = line({ preIncreased: '10', actualIncreased: '10', preReduced: '10', actualReduced: '10', returnIncreased: '2.5' });
    expect(onHand(q)).toBe('2.5');
    expect(availableForPreReduction(q)).toBe('2.5');
    expect(checkMovement(q, 'PRE_REDUCE', '2.5')).toBeUndefined();
    expect(checkMovement(q, 'PRE_REDUCE', '2.50001')).toMatchObject({ code: 'WAREHOUSE.INSUFFICIENT_STOCK', available: '2.5' });
    // A return entry is bounded by what its list took out, which the entry checks; the line sets no limit.
    expect(checkMovement(q, 'RETURN_INCREASE', '1000')).toBeUndefined();
  });

  it('pre-reduces only up to actual − pre-reduced, exactly at the limit', () => {
    const q = line({ preIncreased: '10', actualIncreased: '10', preReduced: '7' });
    expect(checkMovement(q, 'PRE_REDUCE', '3')).toBeUndefined();
    expect(checkMovement(q, 'PRE_REDUCE', '3.00001')).toMatchObject({
      code: 'WAREHOUSE.INSUFFICIENT_STOCK',
      itemRecordNo: '1',
      requested: '3.00001',
      available: '3',
    });
  });

  it('refuses a pre-reduction on goods approved but not yet gated in', () => {
    expect(checkMovement(line({ preIncreased: '50' }), 'PRE_REDUCE', '1')).toMatchObject({ code: 'WAREHOUSE.INSUFFICIENT_STOCK', available: '0' });
  });

  it('never actually reduces beyond what was pre-reduced and not yet gated out', () => {
    const q = line({ preIncreased: '10', actualIncreased: '10', preReduced: '4', actualReduced: '3' });
    expect(checkMovement(q, 'ACTUAL_REDUCE', '1')).toBeUndefined();
    expect(checkMovement(q, 'ACTUAL_REDUCE', '2')).toMatchObject({ code: 'WAREHOUSE.OVER_REDUCTION', available: '1' });
  });

  it('never returns more than is pre-reduced and still in the warehouse', () => {
    const q = line({ preIncreased: '10', actualIncreased: '10', preReduced: '4', actualReduced: '3' });
    expect(checkMovement(q, 'PRE_REDUCE_RETURN', '2')).toMatchObject({ code: 'WAREHOUSE.OVER_RETURN' });
  });

  it('never gates in more than customs approved', () => {
    expect(checkMovement(line({ preIncreased: '5' }), 'ACTUAL_INCREASE', '5')).toBeUndefined();
    expect(checkMovement(line({ preIncreased: '5' }), 'ACTUAL_INCREASE', '6')).toMatchObject({ code: 'WAREHOUSE.OVER_INCREASE' });
  });

  it('blocks goods movements on a suspended line but still records customs approvals and returns', () => {
    const q = line({ suspended: true, preIncreased: '10', actualIncreased: '5', preReduced: '2' });
    for (const kind of ['PRE_REDUCE', 'ACTUAL_INCREASE', 'ACTUAL_REDUCE', 'RETURN_INCREASE'] as MovementKind[]) {
      expect(checkMovement(q, kind, '1')).toMatchObject({ code: 'WAREHOUSE.LINE_SUSPENDED' });
    }
    expect(checkMovement(q, 'PRE_INCREASE', '1')).toBeUndefined();
    expect(checkMovement(q, 'PRE_REDUCE_RETURN', '1')).toBeUndefined();
  });

  it('sums quantities per itemRecordNo in code-point order', () => {
    expect(
      sumByItemRecordNo([
        { itemRecordNo: 'b', qty: '1.5' },
        { itemRecordNo: 'A', qty: '2' },
        { itemRecordNo: 'b', qty: '0.00001' },
        { itemRecordNo: '10', qty: '1' },
        { itemRecordNo: '2', qty: '1' },
      ]),
    ).toEqual([
      { itemRecordNo: '10', qty: '1' },
      { itemRecordNo: '2', qty: '1' },
      { itemRecordNo: 'A', qty: '2' },
      { itemRecordNo: 'b', qty: '1.50001' },
    ]);
  });
});
