import { InventoryListReleasedV1, VerificationListApprovedV1 } from '@lhasa/contracts';
import { parseRate } from '@lhasa/domain';
import { factsFromReleasedList, factsFromVerificationList, listCrossesBorder, RatesToCny } from './derive-trade-facts';

const rates: RatesToCny = new Map([
  ['142', { rate: parseRate('1'), text: '1' }],
  ['502', { rate: parseRate('7.1234'), text: '7.1234' }],
]);

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

  it('refuses a currency without a rate instead of guessing', () => {
    expect(() => factsFromReleasedList(released('9610', 'E', { currency: '300' }), rates)).toThrow(/STATISTICS_RATES/);
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
