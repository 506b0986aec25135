import { randomUUID } from 'node:crypto';
import { CustomsEvents, DeclarationEvents, InventoryListReleasedV1, VerificationListApprovedV1, WarehouseEvents } from '@lhasa/contracts';
import { call } from '../../../tests/support/http-client';
import { StatisticsUnderTest } from './support/statistics-under-test';
import { envelopeOf, ListLine, listMaker, returnOf as returnOfList } from './support/trade-events';

jest.setTimeout(120_000);

const line = (gnum: number, totalPrice: string, gcode = '5702420000', country = '142'): ListLine => ({ gnum, gcode, gname: 'rug', qty: '1', unit: '011', totalPrice, country });
const releasedList = listMaker('', { ebcCode: '5401970001', agentCode: '5401970009', releasedAt: '2026-05-10T03:00:00Z', country: '125' });
const returnOf = (list: InventoryListReleasedV1, lines: Array<[gnum: number, totalPrice: string]>) => returnOfList(list, lines, '2026-06-02T03:00:00Z');

/**
 * Export lists counted at release by mode (domain.md §9), foreign currencies converted with a
 * configured rate or kept pending, and approved returns netted off (never below zero).
 */
describe('statistics: export modes, currencies and returns (Kafka + PostgreSQL)', () => {
  const stats = new StatisticsUnderTest();
  const { publish, release, returned, processed } = stats;
  let bureau: string;
  const rates = process.env.STATISTICS_RATES;

  const get = (path: string) => call(stats.svc.url, 'GET', path, { key: bureau });
  const summary = async () => (await get('/statistics/summary?year=2026')).body;
  const breakdown = async (basis: string, by: string) =>
    Object.fromEntries((await get(`/statistics/breakdown?year=2026&basis=${basis}&by=${by}`)).body.map((r: { key: string; value: string }) => [r.key, r.value]));

  beforeAll(async () => {
    process.env.STATISTICS_RATES = '502=7.1234';
    await stats.open();
    bureau = await stats.key('bureau');
  });

  afterAll(async () => {
    await stats.close();
    if (rates === undefined) delete process.env.STATISTICS_RATES;
    else process.env.STATISTICS_RATES = rates;
  });

  // Export lists of every mode. Lines name the origin (China); the partner is the destination.
  const b2c = releasedList('9610', 'E', [line(1, '100.00'), line(2, '20.00', '0902301000')], { country: '502' });
  const b2b = releasedList('9710', 'E', [line(1, '100.00')], { currency: '502', country: '502' }); // 100 USD → 712.34 CNY
  const overseas = releasedList('9810', 'E', [line(1, '300.00')], { country: '303', overseasWarehouseCode: 'UK-OW-1' });
  const specialArea = releasedList('1210', 'E', [line(1, '400.00')], { country: '125', emsNo: 'T88000000021', areaCode: '5401000021' });
  const euro = releasedList('9610', 'E', [line(1, '50.00')], { currency: '300', country: '304' });
  // Import lists whose returns are netted: bonded (retail only) and direct mail (border and retail).
  const bonded = releasedList('1210', 'I', [line(1, '200.00', '0902301000', '125'), line(2, '100.00', '3304990000', '111')], { emsNo: 'T88000000021', areaCode: '5401000021' });
  const directMail = releasedList('9610', 'I', [line(1, '80.00', '6109100000', '502')], { country: '502', ebcCode: '5401970002' });

  it('counts export lists at release as export, by mode, partner = destination; a 1210 special-area export is border export once', async () => {
    // The 1210 export's exit verification list (二线) adds nothing: its goods are counted by the list.
    const exit: VerificationListApprovedV1 = {
      verificationListId: randomUUID(),
      bondInvtNo: 'QD8800202600000021',
      emsNo: 'T88000000021',
      operatorCode: '5401000021',
      impexpMarkcd: 'E',
      purpose: 'ECOMMERCE_EXIT',
      approvedAt: '2026-05-11T03:00:00Z',
      currency: '142',
      totalValue: '400.00',
      lines: [{ itemRecordNo: '1', qty: '1', gcode: '5702420000', totalPrice: '400.00', country: '142' }],
    };
    const sent = [...(await Promise.all([b2c, b2b, overseas, specialArea, bonded, directMail].map(release))), await publish(WarehouseEvents.VerificationListApproved, exit.verificationListId, exit)];
    expect(await processed(...sent)).toEqual(sent.map(() => 'handled'));

    expect(await summary()).toEqual({
      year: 2026,
      currency: 'CNY',
      // export: 120 + 712.34 + 300 + 400; import: the direct mail only (the bonded list crossed at 一线)
      border: { import: '80.00', export: '1532.34', total: '1612.34' },
      retail: { import: '380.00', export: '1532.34', total: '1912.34' },
      trackerBasis: 'BORDER',
      basisLabels: { BORDER: '进出口总额（跨境）', RETAIL: '跨境电商零售额（清单）' },
      documents: 6, // the exit verification list counted nothing
      pendingConversion: [],
      returnPolicy: 'RETURN_MONTH',
    });
    expect(await breakdown('BORDER', 'mode')).toEqual({ '1210': '400.00', '9610': '200.00', '9710': '712.34', '9810': '300.00' });
    expect(await breakdown('BORDER', 'country')).toEqual({ '125': '400.00', '303': '300.00', '502': '912.34' });
    expect(await breakdown('BORDER', 'direction')).toEqual({ E: '1532.34', I: '80.00' });
    expect(await breakdown('BORDER', 'hsChapter')).toEqual({ '09': '20.00', '57': '1512.34', '61': '80.00' });
    // 9610 lists are counted at release only: customs' summary result (CEB792 receipts) is not consumed here.
    expect(stats.svc.transport.getHandlerByPattern(CustomsEvents.ReceiptIssued.type)).toBeFalsy();
  });

  it('keeps a list in a currency without a rate pending conversion, outside every CNY total', async () => {
    expect(await processed(await release(euro))).toEqual(['handled']);
    const s = await summary();
    expect(s).toMatchObject({ border: { export: '1532.34' }, retail: { export: '1532.34' }, documents: 7 });
    expect(s.pendingConversion).toEqual([
      { basis: 'BORDER', direction: 'E', currency: '300', amount: '50.00', month: '2026-05', facts: 1, documents: 1 },
      { basis: 'RETAIL', direction: 'E', currency: '300', amount: '50.00', month: '2026-05', facts: 1, documents: 1 },
    ]);
    expect(await breakdown('BORDER', 'country')).not.toHaveProperty('304');
  });

  const bondedReturn = returnOf(bonded, [[1, '50.00']]);

  it('nets an approved return off its list’s facts, on the same bases and dimensions, dated by the approval, once', async () => {
    const envelope = envelopeOf(DeclarationEvents.InventoryListReturned, bonded.listId, bondedReturn);
    await stats.send(DeclarationEvents.InventoryListReturned, [envelope, envelope]);
    const replay = await returned(bondedReturn); // the same return under a new message id
    const direct = await returned(returnOf(directMail, [[1, '80.00']]));
    await stats.settled.untilIds([envelope.id, replay.id, direct.id]);
    expect(stats.settled.withIds([envelope.id, replay.id, direct.id]).map((m) => m.outcome).sort()).toEqual(['duplicate', 'handled', 'handled', 'handled']);

    const s = await summary();
    // The bonded list (retail only) 300 − 50; the direct mail 80 − 80 on both bases.
    expect(s.retail).toEqual({ import: '250.00', export: '1532.34', total: '1782.34' });
    expect(s.border).toEqual({ import: '0.00', export: '1532.34', total: '1532.34' });
    expect(s.documents).toBe(7); // a return is not a released document
    expect(await breakdown('RETAIL', 'month')).toEqual({ '2026-05': '1912.34', '2026-06': '-130.00' });
    expect(await breakdown('RETAIL', 'hsChapter')).toEqual({ '09': '170.00', '33': '100.00', '57': '1512.34', '61': '0.00' });
    expect(await breakdown('RETAIL', 'country')).toMatchObject({ '111': '100.00', '125': '550.00' });
    expect(await breakdown('RETAIL', 'enterprise')).toMatchObject({ '5401970002': '0.00' });
    expect(await breakdown('BORDER', 'mode')).toMatchObject({ '9610': '120.00' }); // 200 export + 80 − 80 import
  });

  it('never nets a list below zero, however much its returns claim', async () => {
    const second = returnOf(bonded, [[1, '500.00'], [2, '30.00']]);
    const third = returnOf(bonded, [[1, '1.00']]);
    expect(await processed(await returned(second), await returned(third))).toEqual(['handled', 'handled']);
    // Line 1 had 150 left (200 − 50): netted to 0; line 2: 100 − 30.
    expect(await breakdown('RETAIL', 'hsChapter')).toMatchObject({ '09': '20.00', '33': '70.00' });
    expect((await summary()).retail.import).toBe('70.00');
  });

  it('dead-letters a return of a list whose release it never counted, to be replayed', async () => {
    const unseen = releasedList('9610', 'I', [line(1, '10.00')]);
    const sent = await returned(returnOf(unseen, [[1, '10.00']]));
    expect(await processed(sent)).toEqual(['dead-lettered']);
    const letter = (await call(stats.svc.url, 'GET', '/dead-letters', { key: await stats.key('admin') })).body.items.find(
      (l: { messageId: string }) => l.messageId === sent.id,
    );
    expect(letter).toMatchObject({ error: { code: 'STATISTICS.RETURN_BEFORE_RELEASE' } });
    expect((await summary()).retail.import).toBe('70.00');
  });

  it('nets a return of a pending list in its currency, and converts both once the rate is configured', async () => {
    // Returns are import-side in the standard; a foreign-currency list is netted the same way.
    expect(await processed(await returned(returnOf(euro, [[1, '10.00']])))).toEqual(['handled']);
    expect((await summary()).pendingConversion).toEqual([
      // The return waits for the rate of its list's month (it takes its list's rate).
      { basis: 'BORDER', direction: 'E', currency: '300', amount: '40.00', month: '2026-05', facts: 2, documents: 1 },
      { basis: 'RETAIL', direction: 'E', currency: '300', amount: '40.00', month: '2026-05', facts: 2, documents: 1 },
    ]);

    await stats.stop();
    process.env.STATISTICS_RATES = '502=7.1234,300=7.8';
    await stats.start();
    const s = await summary();
    // 50 EUR → 390.00, its return 10 EUR → −78.00: +312.00 on both bases.
    expect(s.pendingConversion).toEqual([]);
    expect(s.border.export).toBe('1844.34');
    expect(s.retail.export).toBe('1844.34');
    expect(await breakdown('BORDER', 'country')).toMatchObject({ '304': '312.00' });
  });
});
