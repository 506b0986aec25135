import { DataSource } from 'typeorm';
import { WarehouseEvents } from '@lhasa/contracts';
import { call, callWithHeaders } from '../../../tests/support/http-client';
import { StatisticsUnderTest } from './support/statistics-under-test';
import { bondedEntry, ListLine, listMaker, returnOf } from './support/trade-events';

jest.setTimeout(120_000);

const line = (gnum: number, totalPrice: string): ListLine => ({ gnum, gcode: '5702420000', gname: 'rug', qty: '1', unit: '011', totalPrice, country: '142' });
const releasedList = listMaker('R', { ebcCode: '5401970001', agentCode: '5401970009', releasedAt: '2026-05-10T03:00:00Z', country: '502' });

/**
 * The bureau's monthly rate table (domain.md §9): a USD document released before its month's rate
 * is pending (shown by currency and month, never a silent zero), counted as soon as the rate is
 * loaded, re-converted exactly when the rate is corrected; and the return policy switch.
 * Every expected CNY figure is computed by hand below, to the fen.
 */
describe('statistics: exchange rates by month, pending conversion, return policy (Kafka + PostgreSQL)', () => {
  const stats = new StatisticsUnderTest();
  const { publish, release, returned, processed } = stats;
  let bureau: string;
  let admin: string;
  let enterprise: string;
  const saved = { rates: process.env.STATISTICS_RATES, policy: process.env.STATISTICS_RETURN_POLICY };

  const get = (path: string, key = bureau) => call(stats.svc.url, 'GET', path, { key });
  const post = (path: string, body: unknown, key = bureau) => call(stats.svc.url, 'POST', path, { key, body });
  const summary = async (year = 2026) => (await get(`/statistics/summary?year=${year}`)).body;
  const pending = async () => (await get('/statistics/pending')).body;
  const putRate = (currency: string, month: string, body: unknown, key = bureau) => call(stats.svc.url, 'PUT', `/statistics/rates/${currency}/${month}`, { key, body });
  const factsOf = (sourceId: string): Promise<unknown[]> =>
    stats.svc.app.get(DataSource).query(
      `SELECT basis, source_type, original_amount::text, currency, rate_to_cny::text, rate_month, value_fen::text FROM trade_facts
       WHERE source_id = $1 OR nets_source_id = $1 ORDER BY id`,
      [sourceId],
    );

  beforeAll(async () => {
    delete process.env.STATISTICS_RATES;
    delete process.env.STATISTICS_RETURN_POLICY;
    await stats.open();
    [bureau, admin, enterprise] = [await stats.key('bureau'), await stats.key('admin'), await stats.key('enterprise', '5401970001')];
  });

  afterAll(async () => {
    await stats.close();
    for (const [name, value] of [['STATISTICS_RATES', saved.rates], ['STATISTICS_RETURN_POLICY', saved.policy]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  // A bonded entry (一线) in USD: border import. A 9610 export list in USD: border and retail export.
  const entry = bondedEntry({
    bondInvtNo: 'QD8800202600000031',
    emsNo: 'T88000000031',
    operatorCode: '5401000031',
    approvedAt: '2026-05-10T03:00:00Z',
    currency: '502',
    totalValue: '133.33',
    lines: [
      { itemRecordNo: '1', qty: '1', gcode: '5702420000', totalPrice: '100.00', country: '502' },
      { itemRecordNo: '2', qty: '1', gcode: '5702420000', totalPrice: '33.33', country: '502' },
    ],
  });
  const usdExport = releasedList('9610', 'E', [line(1, '10.01')], { currency: '502', releasedAt: '2026-05-20T03:00:00Z' });
  const cnyImport = releasedList('9610', 'I', [line(1, '50.00')], { releasedAt: '2026-05-11T03:00:00Z' });

  it('keeps a USD entry released before its month’s rate pending: shown by currency and month, outside the CNY figures', async () => {
    const sent = [await publish(WarehouseEvents.VerificationListApproved, entry.verificationListId, entry), await release(usdExport), await release(cnyImport)];
    expect(await processed(...sent)).toEqual(['handled', 'handled', 'handled']); // counted (pending), never dead-lettered

    expect(await pending()).toEqual([{ currency: '502', month: '2026-05', documents: 2, facts: 4, border: '143.34', retail: '10.01' }]);
    const s = await summary();
    expect(s).toMatchObject({ border: { import: '50.00', export: '0.00' }, retail: { import: '50.00', export: '0.00' }, documents: 3, returnPolicy: 'RETURN_MONTH' });
    expect(s.pendingConversion).toEqual([
      { basis: 'BORDER', direction: 'E', currency: '502', amount: '10.01', month: '2026-05', facts: 1, documents: 1 },
      { basis: 'BORDER', direction: 'I', currency: '502', amount: '133.33', month: '2026-05', facts: 2, documents: 1 },
      { basis: 'RETAIL', direction: 'E', currency: '502', amount: '10.01', month: '2026-05', facts: 1, documents: 1 },
    ]);
  });

  it('nets a return of the pending list in its currency, pending with it', async () => {
    expect(await processed(await returned(returnOf(usdExport, [[1, '3.00']], '2026-06-02T03:00:00Z')))).toEqual(['handled']);
    expect(await pending()).toEqual([{ currency: '502', month: '2026-05', documents: 2, facts: 6, border: '140.34', retail: '7.01' }]);
  });

  it('refuses a rate from anyone but the bureau or an admin, and a malformed one naming the field', async () => {
    const good = { rate: '7.1234', source: 'CUSTOMS_MONTHLY' };
    expect(await putRate('502', '2026-05', good, enterprise)).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN_ROLE' } });
    expect((await get('/statistics/pending', enterprise)).status).toBe(403);
    expect(await putRate('USD', '2026-05', good)).toMatchObject({ status: 400, body: { code: 'RATES.UNKNOWN_CURRENCY', field: 'currency' } });
    expect(await putRate('502', '2026-13', good)).toMatchObject({ status: 400, body: { code: 'RATES.INVALID_MONTH', field: 'month' } });
    expect(await putRate('502', '2026-05', { ...good, rate: '7.1234567' })).toMatchObject({ status: 400, body: { code: 'RATES.INVALID_RATE', field: 'rate' } });
    expect(await putRate('502', '2026-05', { ...good, rate: '0' })).toMatchObject({ status: 400, body: { code: 'RATES.INVALID_RATE', field: 'rate' } });
    expect(await putRate('502', '2026-05', { ...good, rate: 7.1234 })).toMatchObject({ status: 400, body: { code: 'VALIDATION.FAILED', field: 'rate' } });
    expect(await putRate('142', '2026-05', { ...good, rate: '1' })).toMatchObject({ status: 422, body: { code: 'RATES.CNY_IS_ONE', field: 'currency' } });
    // A batch is loaded all or none: one bad entry and nothing is written.
    const batch = await post('/statistics/rates', { rates: [{ currency: '502', month: '2026-05', ...good }, { currency: '300', month: '2026-5', ...good }] });
    expect(batch).toMatchObject({ status: 400, body: { code: 'RATES.INVALID_MONTH', field: 'rates.1.month' } });
    const twice = await post('/statistics/rates', { rates: [{ currency: '502', month: '2026-05', ...good }, { currency: '502', month: '2026-05', ...good }] });
    expect(twice).toMatchObject({ status: 400, body: { code: 'RATES.DUPLICATE', field: 'rates.1.month' } });
    expect((await get('/statistics/rates')).body).toEqual([]);
    expect((await pending())[0]).toMatchObject({ facts: 6 });
  });

  it('converts the pending facts at once when the month’s rate is loaded: totals exact to the fen', async () => {
    const put = await putRate('502', '2026-05', { rate: '7.1234', source: 'CUSTOMS_MONTHLY' });
    expect(put).toMatchObject({ status: 200, body: { currency: '502', month: '2026-05', rate: '7.1234', source: 'CUSTOMS_MONTHLY', outcome: 'loaded', converted: 6, supersededAt: null } });
    expect(await pending()).toEqual([]);
    // 100.00 × 7.1234 = 712.34; 33.33 × 7.1234 = 237.422922 → 237.42; 10.01 × 7.1234 = 71.305234 → 71.31;
    // the return 3.00 × 7.1234 = 21.3702 → 21.37. Border import 50 + 712.34 + 237.42; export 71.31 − 21.37.
    const s = await summary();
    expect(s.border).toEqual({ import: '999.76', export: '49.94', total: '1049.70' });
    expect(s.retail).toEqual({ import: '50.00', export: '49.94', total: '99.94' });
    expect(s.pendingConversion).toEqual([]);
    // Every fact keeps its original amount, currency, the rate used and its rate month.
    expect(await factsOf(usdExport.listId)).toEqual([
      { basis: 'RETAIL', source_type: 'INVENTORY_LIST', original_amount: '10.01', currency: '502', rate_to_cny: '7.12340000', rate_month: '2026-05', value_fen: '7131' },
      { basis: 'BORDER', source_type: 'INVENTORY_LIST', original_amount: '10.01', currency: '502', rate_to_cny: '7.12340000', rate_month: '2026-05', value_fen: '7131' },
      { basis: 'RETAIL', source_type: 'RETURN', original_amount: '-3.00', currency: '502', rate_to_cny: '7.12340000', rate_month: '2026-05', value_fen: '-2137' },
      { basis: 'BORDER', source_type: 'RETURN', original_amount: '-3.00', currency: '502', rate_to_cny: '7.12340000', rate_month: '2026-05', value_fen: '-2137' },
    ]);
    // The same rate and source again changes nothing.
    expect((await putRate('502', '2026-05', { rate: '7.123400', source: 'CUSTOMS_MONTHLY' }, admin)).body).toMatchObject({ outcome: 'unchanged', converted: 0, rate: '7.1234' });
  });

  it('re-converts the month exactly when its rate is corrected, keeping the old rate on record', async () => {
    const put = await putRate('502', '2026-05', { rate: '7.2', source: 'CUSTOMS_MONTHLY' }, admin);
    expect(put).toMatchObject({ status: 200, body: { rate: '7.2', outcome: 'corrected', converted: 6 } });
    // 100.00 × 7.2 = 720.00; 33.33 × 7.2 = 239.976 → 239.98; 10.01 × 7.2 = 72.072 → 72.07; the return 3.00 × 7.2 = 21.60.
    const s = await summary();
    expect(s.border).toEqual({ import: '1009.98', export: '50.47', total: '1060.45' });
    expect(s.retail).toEqual({ import: '50.00', export: '50.47', total: '100.47' });
    expect(((await factsOf(usdExport.listId)) as Array<{ rate_to_cny: string; value_fen: string }>).map((f) => [f.rate_to_cny, f.value_fen])).toEqual([
      ['7.20000000', '7207'], ['7.20000000', '7207'], ['7.20000000', '-2160'], ['7.20000000', '-2160'],
    ]);
    const history = (await get('/statistics/rates?currency=502&history=true')).body;
    expect(history.map((r: { rate: string; supersededAt: string | null }) => [r.rate, r.supersededAt === null])).toEqual([['7.1234', false], ['7.2', true]]);
    expect((await get('/statistics/rates?month=2026-05')).body).toEqual([expect.objectContaining({ currency: '502', rate: '7.2', source: 'CUSTOMS_MONTHLY', supersededAt: null })]);
  });

  it('takes each month’s own rate: a June document waits for June’s, May’s rate is not used for it', async () => {
    const june = releasedList('9610', 'E', [line(1, '20.00')], { currency: '502', releasedAt: '2026-06-15T03:00:00Z' });
    const lateMay = releasedList('9610', 'E', [line(1, '1.00')], { currency: '502', releasedAt: '2026-05-31T15:00:00Z' }); // 23:00 Beijing, still May
    expect(await processed(await release(june), await release(lateMay))).toEqual(['handled', 'handled']);
    expect(await pending()).toEqual([{ currency: '502', month: '2026-06', documents: 1, facts: 2, border: '20.00', retail: '20.00' }]);
    // The late-May list took May's rate on arrival: 1.00 × 7.2 = 7.20.
    expect((await summary()).border.export).toBe('57.67');

    const loaded = await post('/statistics/rates', {
      rates: [{ currency: '502', month: '2026-06', rate: '7.15', source: 'FILE' }, { currency: '300', month: '2026-06', rate: '7.8', source: 'FILE' }],
    });
    expect(loaded).toMatchObject({ status: 200, body: { rates: [{ currency: '502', outcome: 'loaded', converted: 2 }, { currency: '300', outcome: 'loaded', converted: 0 }] } });
    expect(await pending()).toEqual([]);
    // 20.00 × 7.15 = 143.00: border export 57.67 + 143.00.
    expect((await summary()).border).toEqual({ import: '1009.98', export: '200.67', total: '1210.65' });
  });

  it('nets a return in the month of its approval (RETURN_MONTH) or of its list (RESTATED), as the setting says, stated on the summary', async () => {
    const december = releasedList('9610', 'I', [line(1, '80.00')], { releasedAt: '2026-12-31T10:00:00Z' });
    expect(await processed(await release(december))).toEqual(['handled']);
    expect(await processed(await returned(returnOf(december, [[1, '80.00']], '2027-01-05T03:00:00Z')))).toEqual(['handled']);
    // RETURN_MONTH: 2026 keeps the list (50 + 80), 2027 bears its return.
    expect(await summary(2026)).toMatchObject({ returnPolicy: 'RETURN_MONTH', retail: { import: '130.00' } });
    expect(await summary(2027)).toMatchObject({ returnPolicy: 'RETURN_MONTH', retail: { import: '-80.00' }, documents: 0 });
    const months = async (year: number) => {
      const res = await callWithHeaders(stats.svc.url, 'GET', `/statistics/breakdown?year=${year}&basis=RETAIL&by=month`, { key: bureau });
      return { policy: res.headers['x-statistics-return-policy'], rows: Object.fromEntries(res.body.map((r: { key: string; value: string }) => [r.key, r.value])) };
    };
    const monthly = async (year: number) =>
      (await get(`/statistics/monthly?year=${year}&basis=RETAIL`)).body.filter((r: { mode: string }) => r.mode === '9610').map((r: { month: string; value: string }) => [r.month, r.value]);
    expect(await months(2026)).toMatchObject({ policy: 'RETURN_MONTH', rows: { '2026-12': '80.00' } });
    expect(await months(2027)).toEqual({ policy: 'RETURN_MONTH', rows: { '2027-01': '-80.00' } });
    expect(await monthly(2027)).toEqual([['2027-01', '-80.00']]);
    const progress2027 = (await get('/statistics/progress?year=2027')).body;
    expect(progress2027).toMatchObject({ returnPolicy: 'RETURN_MONTH' });

    await stats.stop();
    process.env.STATISTICS_RETURN_POLICY = 'RESTATED';
    await stats.start();
    // RESTATED: the return is netted in its list's year and month; nothing is lost, only dated otherwise.
    expect(await summary(2026)).toMatchObject({ returnPolicy: 'RESTATED', retail: { import: '50.00', export: '200.67' }, border: { import: '1009.98', export: '200.67' } });
    expect(await summary(2027)).toMatchObject({ returnPolicy: 'RESTATED', retail: { import: '0.00' } });
    // Every figure follows the setting: the breakdown, the monthly cells and the progress date the return with its list.
    expect(await months(2026)).toMatchObject({ policy: 'RESTATED', rows: { '2026-12': '0.00' } });
    expect(await months(2027)).toEqual({ policy: 'RESTATED', rows: {} });
    expect(await monthly(2027)).toEqual([]);
    expect((await get('/statistics/progress?year=2027')).body).toMatchObject({ returnPolicy: 'RESTATED', yearToDate: '0.00' });
  });
});
