import { InventoryListReleasedV1, InventoryListReturnedV1, VerificationListApprovedV1 } from '@lhasa/contracts';
import { parseRate } from '@lhasa/domain';
import { CountedLine, factsFromCancelledList, factsFromReleasedList, factsFromReturn, factsFromVerificationList, listCrossesBorder, returnValueFen } from './derive-trade-facts';
import { everyMonth, RateOf } from './exchange-rates';
import { TradeFact } from './trade-fact';

const rates = everyMonth(new Map([['502', { rate: parseRate('7.1234'), text: '7.1234' }]]));

const line = (gnum: number, totalPrice: string, gcode = '0902109000', country = '125') => ({
  gnum, gcode, gname: 'tea', qty: '1', unit: '011', totalPrice, country,
});

function released(tradeMode: string, ieFlag: 'I' | 'E', overrides: Partial<InventoryListReleasedV1> = {}): InventoryListReleasedV1 {
  return {
    listId: '2b1c8c1e-5b1a-4c1e-9a51-000000000001',
    copNo: 'COP1',
    orderNo: 'ORD1',
    ebcCode: '5401960002',
    agentCode: '5401960005',
    tradeMode,
    ieFlag,
    // Declarations names the e-ledger exactly on lists that draw on bonded stock.
    ...(tradeMode === '1210' || tradeMode === '1239' ? { emsNo: 'T88000000001' } : {}),
    invtNo: '88002026I000000001',
    releasedAt: '2026-03-01T02:00:00Z',
    currency: '142',
    country: '125',
    totalValue: '300.00',
    lines: [line(1, '100.00'), line(2, '200.00', '3304990000', '111')],
    ...overrides,
  };
}

function approved(overrides: Partial<VerificationListApprovedV1> = {}): VerificationListApprovedV1 {
  return {
    verificationListId: '2b1c8c1e-5b1a-4c1e-9a51-000000000002',
    bondInvtNo: 'QD8800202600000001',
    emsNo: 'T88000000001',
    operatorCode: '5401960009',
    impexpMarkcd: 'I',
    purpose: 'BONDED_ENTRY',
    approvedAt: '2026-02-28T17:00:00Z',
    currency: '142',
    totalValue: '1000.00',
    lines: [
      { itemRecordNo: 'SKU1', qty: '10', gcode: '0902109000', totalPrice: '600.00', country: '125' },
      { itemRecordNo: 'SKU2', qty: '5', gcode: '3304990000', totalPrice: '400.00', country: '125' },
    ],
    ...overrides,
  };
}

describe('which lists carry goods across the border', () => {
  it.each([
    ['direct import', 'I', undefined, true],
    ['export', 'E', undefined, true],
    ['bonded export', 'E', 'T88000000001', true],
    ['bonded import', 'I', 'T88000000001', false],
  ] as const)('%s → %s', (_, ieFlag, emsNo, crosses) => {
    expect(listCrossesBorder({ ieFlag, emsNo })).toBe(crosses);
  });
});

describe('factsFromReleasedList', () => {
  it('counts a 1210 import list as retail only: its goods were counted at 一线 entry', () => {
    const facts = factsFromReleasedList(released('1210', 'I'), rates);
    expect(facts.map((f) => [f.basis, f.gnum, f.valueFen])).toEqual([
      ['RETAIL', 1, 10000n],
      ['RETAIL', 2, 20000n],
    ]);
  });

  it('counts 1239 import as retail only', () => {
    expect(factsFromReleasedList(released('1239', 'I'), rates).every((f) => f.basis === 'RETAIL')).toBe(true);
  });

  it('counts a 9610 direct-mail import on both bases', () => {
    const facts = factsFromReleasedList(released('9610', 'I'), rates);
    expect(facts.filter((f) => f.basis === 'BORDER')).toHaveLength(2);
    expect(facts.filter((f) => f.basis === 'RETAIL')).toHaveLength(2);
  });

  it.each(['9610', '9710', '9810', '1210'])('counts a %s export list on both bases, as export', (mode) => {
    const facts = factsFromReleasedList(released(mode, 'E'), rates);
    expect(new Set(facts.map((f) => f.basis))).toEqual(new Set(['BORDER', 'RETAIL']));
    expect(facts.every((f) => f.direction === 'E' && f.tradeMode === mode)).toBe(true);
  });

  it('dates, attributes and classifies each line', () => {
    const [first, second] = factsFromReleasedList(released('1210', 'I', { releasedAt: '2026-03-31T16:30:00Z' }), rates);
    expect(first).toMatchObject({
      sourceType: 'INVENTORY_LIST',
      releaseDate: '2026-04-01', // Beijing date
      year: 2026,
      month: 4,
      enterpriseCode: '5401960002',
      country: '125',
      hsChapter: '09',
      currency: '142',
      originalAmount: '100.00',
      rateToCny: '1',
    });
    expect(second).toMatchObject({ country: '111', hsChapter: '33' });
  });

  it('converts a foreign currency exactly with the configured rate', () => {
    const [fact] = factsFromReleasedList(released('9610', 'E', { currency: '502', lines: [line(1, '10.01')] }), rates);
    expect(fact).toMatchObject({ valueFen: 7131n, originalAmount: '10.01', currency: '502', rateToCny: '7.1234' }); // 71.305234 → 71.31
  });

  it('takes the rate of the currency for the Beijing month of the release, and keeps that month on every fact', () => {
    const monthly: RateOf = (currency, month) => (currency === '502' && month === '2026-04' ? { rate: parseRate('7.2'), text: '7.2' } : undefined);
    const list = released('9610', 'E', { currency: '502', releasedAt: '2026-03-31T16:30:00Z', lines: [line(1, '10.00')] });
    expect(factsFromReleasedList(list, monthly).map((f) => [f.valueFen, f.rateToCny, f.rateMonth])).toEqual([[7200n, '7.2', '2026-04'], [7200n, '7.2', '2026-04']]);
    const march = { ...list, releasedAt: '2026-03-31T15:59:59Z' };
    expect(factsFromReleasedList(march, monthly).map((f) => [f.valueFen, f.rateToCny, f.rateMonth])).toEqual([[null, null, '2026-03'], [null, null, '2026-03']]);
  });

  it('keeps a currency without a rate pending conversion, with its amount, instead of guessing or adding it as CNY', () => {
    const facts = factsFromReleasedList(released('9610', 'E', { currency: '300' }), rates);
    expect(facts.map((f) => [f.basis, f.originalAmount, f.currency, f.valueFen, f.rateToCny])).toEqual([
      ['RETAIL', '100.00', '300', null, null],
      ['RETAIL', '200.00', '300', null, null],
      ['BORDER', '100.00', '300', null, null],
      ['BORDER', '200.00', '300', null, null],
    ]);
  });

  it('takes the partner country from the line on import (origin) and from the list on export (destination)', () => {
    expect(factsFromReleasedList(released('9610', 'I'), rates).map((f) => f.country)).toEqual(['125', '111', '125', '111']);
    const exported = released('9710', 'E', { country: '502', lines: [line(1, '100.00', '5702420000', '142')] });
    expect(factsFromReleasedList(exported, rates).map((f) => f.country)).toEqual(['502', '502']);
  });

  it('counts a 1210 special-area export once as border export (its goods came into the zone from the domestic market)', () => {
    const facts = factsFromReleasedList(released('1210', 'E', { emsNo: 'T88000000001' }), rates);
    expect(facts.filter((f) => f.basis === 'BORDER').map((f) => [f.direction, f.tradeMode, f.valueFen])).toEqual([
      ['E', '1210', 10000n],
      ['E', '1210', 20000n],
    ]);
  });
});

describe('factsFromVerificationList', () => {
  it('counts a bonded entry (一线) as border import under 1210, for the operator', () => {
    const facts = factsFromVerificationList(approved(), rates);
    expect(facts).toEqual([
      expect.objectContaining({ basis: 'BORDER', sourceType: 'VERIFICATION_LIST', gnum: 1, direction: 'I', tradeMode: '1210', enterpriseCode: '5401960009', valueFen: 60000n, releaseDate: '2026-03-01' }),
      expect.objectContaining({ gnum: 2, valueFen: 40000n, hsChapter: '33' }),
    ]);
  });

  it('counts nothing for an e-commerce exit: its lists are counted as retail', () => {
    expect(factsFromVerificationList(approved({ purpose: 'ECOMMERCE_EXIT', impexpMarkcd: 'E' }), rates)).toEqual([]);
  });
});

describe('returnValueFen', () => {
  const usd = parseRate('7.1234');
  it('takes a partial return at the line’s rate, the rest exactly at the end, never more than is left', () => {
    const original = { amount: 1001n, fen: 7131n, rate: usd }; // 10.01 USD → 71.31 CNY
    expect(returnValueFen(original, { amount: 0n, fen: 0n }, 500n)).toBe(3562n); // 35.617 → 35.62
    expect(returnValueFen(original, { amount: 500n, fen: 3562n }, 501n)).toBe(3569n); // the rest: 71.31 − 35.62
    expect(returnValueFen(original, { amount: 1000n, fen: 7131n }, 1n)).toBe(0n);
  });
});

describe('factsFromReturn', () => {
  const counted = (change: Partial<CountedLine['fact']> = {}, before: Partial<Omit<CountedLine, 'fact'>> = {}): CountedLine => ({
    fact: {
      basis: 'RETAIL',
      gnum: 1,
      direction: 'I',
      tradeMode: '1210',
      enterpriseCode: '5401960002',
      country: '125',
      hsChapter: '09',
      currency: '142',
      originalAmount: '100.00',
      valueFen: 10000n,
      rateToCny: '1',
      rateMonth: '2026-03',
      releaseDate: '2026-03-01',
      ...change,
    },
    returnedAmount: 0n,
    returnedFen: 0n,
    ...before,
  });
  const returned = (lines: Array<[gnum: number, totalPrice: string]>, change: Partial<InventoryListReturnedV1> = {}): InventoryListReturnedV1 => ({
    listId: '2b1c8c1e-5b1a-4c1e-9a51-000000000001',
    copNo: 'COP1',
    orderNo: 'ORD1',
    ebcCode: '5401960002',
    agentCode: '5401960005',
    tradeMode: '1210',
    ieFlag: 'I',
    emsNo: 'T88000000001',
    returnId: '2b1c8c1e-5b1a-4c1e-9a51-0000000000aa',
    invtNo: '88002026I000000001',
    releasedAt: '2026-03-01T02:00:00Z',
    returnedAt: '2026-03-31T17:00:00Z',
    currency: '142',
    country: '125',
    returnedValue: '0.00',
    lines: lines.map(([gnum, totalPrice]) => ({ gnum, gcode: '0902109000', gname: 'tea', qty: '1', unit: '011', totalPrice, country: '125' })),
    ...change,
  });

  it('nets the returned value off the list’s own facts, on each basis, dated by the return’s approval', () => {
    const facts = factsFromReturn(returned([[1, '40.00']]), [counted(), counted({ basis: 'BORDER' }), counted({ gnum: 2, hsChapter: '33' })]);
    expect(facts).toEqual([
      expect.objectContaining<Partial<TradeFact>>({ basis: 'RETAIL', sourceType: 'RETURN', sourceId: returned([]).returnId, gnum: 1, netsSourceId: returned([]).listId, valueFen: -4000n, originalAmount: '-40.00', releaseDate: '2026-04-01', month: 4 }),
      expect.objectContaining<Partial<TradeFact>>({ basis: 'BORDER', gnum: 1, valueFen: -4000n, direction: 'I', tradeMode: '1210', country: '125', hsChapter: '09', enterpriseCode: '5401960002' }),
    ]);
  });

  it('keeps the rate month and release date of the list it nets on a return (the RESTATED policy dates it so)', () => {
    const [fact] = factsFromReturn(returned([[1, '40.00']]), [counted({ rateMonth: '2026-02', releaseDate: '2026-02-28' })]);
    expect(fact).toMatchObject({ releaseDate: '2026-04-01', rateMonth: '2026-02', netsReleaseDate: '2026-02-28' });
  });

  it('never nets a line below zero, counting earlier returns', () => {
    expect(factsFromReturn(returned([[1, '150.00']]), [counted()]).map((f) => f.valueFen)).toEqual([-10000n]);
    expect(factsFromReturn(returned([[1, '50.00']]), [counted({}, { returnedAmount: 8000n, returnedFen: 8000n })]).map((f) => [f.originalAmount, f.valueFen])).toEqual([['-20.00', -2000n]]);
    expect(factsFromReturn(returned([[1, '1.00']]), [counted({}, { returnedAmount: 10000n, returnedFen: 10000n })])).toEqual([]);
  });

  it('converts at the rate the list was counted at, and stays pending with a pending list', () => {
    const usd = counted({ currency: '502', originalAmount: '10.01', valueFen: 7131n, rateToCny: '7.12340000' });
    expect(factsFromReturn(returned([[1, '10.01']], { currency: '502' }), [usd]).map((f) => [f.valueFen, f.rateToCny])).toEqual([[-7131n, '7.12340000']]);
    const pending = counted({ currency: '300', valueFen: null, rateToCny: null });
    expect(factsFromReturn(returned([[1, '10.00']], { currency: '300' }), [pending]).map((f) => [f.originalAmount, f.valueFen, f.rateToCny])).toEqual([['-10.00', null, null]]);
  });

  it('nets a list cancelled after its release to zero on every counted fact, dated by the cancel, after its earlier returns', () => {
    const listId = returned([]).listId;
    const facts = factsFromCancelledList(listId, [counted(), counted({ basis: 'BORDER' }, { returnedAmount: 3000n, returnedFen: 3000n }), counted({ gnum: 2, currency: '300', valueFen: null, rateToCny: null })], '2026-04-30T16:30:00Z');
    expect(facts.map((f) => [f.basis, f.gnum, f.sourceType, f.sourceId, f.netsSourceId, f.originalAmount, f.valueFen, f.releaseDate])).toEqual([
      ['RETAIL', 1, 'RETURN', listId, listId, '-100.00', -10000n, '2026-05-01'],
      ['BORDER', 1, 'RETURN', listId, listId, '-70.00', -7000n, '2026-05-01'],
      ['RETAIL', 2, 'RETURN', listId, listId, '-100.00', null, '2026-05-01'],
    ]);
    expect(factsFromCancelledList(listId, [], '2026-04-30T16:30:00Z')).toEqual([]);
    expect(factsFromCancelledList(listId, [counted({}, { returnedAmount: 10000n, returnedFen: 10000n })], '2026-04-30T16:30:00Z')).toEqual([]);
  });

  it('refuses a return of a list never counted, or in another currency than its list', () => {
    expect(() => factsFromReturn(returned([[1, '1.00']]), [])).toThrow(expect.objectContaining({ code: 'STATISTICS.RETURN_BEFORE_RELEASE' }));
    expect(() => factsFromReturn(returned([[1, '1.00']], { currency: '502' }), [counted()])).toThrow(expect.objectContaining({ code: 'STATISTICS.RETURN_CURRENCY_MISMATCH' }));
  });
});
