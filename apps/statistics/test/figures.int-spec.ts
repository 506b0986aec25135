import { randomUUID } from 'node:crypto';
import { ApiKeyStore } from '@lhasa/auth';
import {
  DeclarationEvents,
  EventDefinition,
  InventoryListReleasedV1,
  InventoryListReturnedV1,
  TurnoverMeasuredV1,
  VerificationListApprovedV1,
  WarehouseEvents,
} from '@lhasa/contracts';
import { parseMoney } from '@lhasa/domain';
import { SettledTracker, startTestPublisher, TestEventPublisher, trackSettled } from '@lhasa/messaging/testing';
import { parseCsv } from '../../../tests/support/csv-reader';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { AppModule } from '../src/app.module';
import { BREAKDOWNS } from '../src/domain/breakdown-dimensions';

jest.setTimeout(120_000);

type Line = InventoryListReleasedV1['lines'][number];
const line = (gnum: number, totalPrice: string, gcode = '0902109000'): Line => ({ gnum, gcode, gname: '茶', qty: '1', unit: '011', totalPrice, country: '125' });

let copNo = 0;
function releasedList(tradeMode: string, ieFlag: 'I' | 'E', ebcCode: string, lines: Line[], extra: Partial<InventoryListReleasedV1> = {}): InventoryListReleasedV1 {
  copNo += 1;
  return {
    listId: randomUUID(),
    copNo: `FIG${copNo}`,
    orderNo: `FIGO${copNo}`,
    ebcCode,
    agentCode: '5401980009',
    tradeMode,
    ieFlag,
    invtNo: `88002026${ieFlag}${String(copNo).padStart(9, '0')}`,
    releasedAt: '2026-03-10T03:00:00Z',
    currency: '142',
    country: '125',
    totalValue: '0.00',
    lines,
    ...extra,
  };
}

const measured = (emsNo: string, day: string, outboundValue: string, averageStockValue?: string): TurnoverMeasuredV1 => ({
  emsNo,
  operatorCode: '5401960009',
  day,
  outboundQuantity: '1',
  outboundValue,
  averageStock: '10.00000',
  ...(averageStockValue === undefined ? {} : { averageStockValue }),
  turnoverRatio: null,
  daysOfInventory: null,
  dwellMedianDays: null,
  dwellP90Days: null,
  gatePassages: 0,
  listToExitDays: null,
  measuredAt: `${day}T23:59:00.000Z`,
});

/**
 * The bureau's figures over real Kafka and PostgreSQL: breakdowns by flow and named enterprise
 * adding up to each basis total to the fen, CSV for spreadsheets, the city share, the turnover
 * trend from the warehouse's daily measurements, and progress stating its basis and verdict.
 */
describe('statistics figures (Kafka + PostgreSQL)', () => {
  let svc: RunningService;
  let producer: TestEventPublisher;
  let settled: SettledTracker;
  let bureau: string;
  let enterprise: string;

  const get = (path: string, key = bureau) => call(svc.url, 'GET', path, { key });
  const put = (path: string, body: unknown, key = bureau) => call(svc.url, 'PUT', path, { key, body });
  const publish = <T extends object>(definition: EventDefinition<T>, subject: string, data: T) => producer.publish(definition, data, { subject, source: 'test' });
  const outcomes = async (...envelopes: Array<{ id: string }>) => (await settled.untilIds(envelopes.map((e) => e.id))).map((m) => m.outcome);

  const A = '5401980001';
  const B = '5401980002';
  // 一线: 1000.00 + 500.55 of bonded goods in (border import, the warehouse operator's).
  const entry: VerificationListApprovedV1 = {
    verificationListId: randomUUID(),
    bondInvtNo: 'QD8800202600000091',
    emsNo: 'T88000000091',
    operatorCode: '5401960009',
    impexpMarkcd: 'I',
    purpose: 'BONDED_ENTRY',
    approvedAt: '2026-02-20T02:00:00Z',
    currency: '142',
    totalValue: '1500.55',
    lines: [
      { itemRecordNo: 'SKU-TEA', qty: '100', gcode: '0902109000', totalPrice: '1000.00', country: '125' },
      { itemRecordNo: 'SKU-COS', qty: '10', gcode: '3304990000', totalPrice: '500.55', country: '111' },
    ],
  };
  // 二线: a 1210 list of A (retail only), a 9610 import of B (both bases), a 9710 export of A under
  // its latest name, and an older 9610 export of A under a name it no longer uses.
  const bonded = releasedList('1210', 'I', A, [line(1, '200.10'), line(2, '100.05', '3304990000')], { emsNo: 'T88000000091', ebcName: 'Himalaya Goods' });
  const direct = releasedList('9610', 'I', B, [line(1, '50.33', '6109100000')]);
  const b2b = releasedList('9710', 'E', A, [line(1, '800.07', '5702420000')], { ebcName: 'Himalaya Goods Co.', releasedAt: '2026-04-01T03:00:00Z' });
  const older = releasedList('9610', 'E', A, [line(1, '1.01')], { ebcName: 'Old Name', releasedAt: '2026-01-05T03:00:00Z' });

  beforeAll(async () => {
    producer = await startTestPublisher();
    svc = await startServiceApp(AppModule);
    settled = trackSettled(svc.transport);
    const store = svc.app.get(ApiKeyStore);
    bureau = (await store.issue({ name: 'Commerce bureau', role: 'bureau' })).key;
    enterprise = (await store.issue({ name: 'Shop', role: 'enterprise', enterpriseCode: A })).key;

    const sent: Array<{ id: string }> = [await publish(WarehouseEvents.VerificationListApproved, entry.verificationListId, entry)];
    for (const list of [bonded, direct, b2b, older]) sent.push(await publish(DeclarationEvents.InventoryListReleased, list.listId, list));
    expect(await outcomes(...sent)).toEqual(['handled', 'handled', 'handled', 'handled', 'handled']);
    // 10.11 of the 9610 import comes back: netted on both bases, in its own flow.
    const { lines, totalValue: _t, ebcName: _n, ...head } = direct;
    const returned: InventoryListReturnedV1 = { ...head, returnId: randomUUID(), returnedAt: '2026-06-02T03:00:00Z', returnedValue: '10.11', lines: [{ ...lines[0], totalPrice: '10.11' }] };
    expect(await outcomes(await publish(DeclarationEvents.InventoryListReturned, direct.listId, returned))).toEqual(['handled']);
  });

  afterAll(async () => {
    settled?.stop();
    await svc?.close();
    await producer?.stop();
    await dropNamespaceDatabases();
  });

  const rowsOf = async (basis: string, by: string) => {
    const res = await get(`/statistics/breakdown?year=2026&basis=${basis}&by=${by}`);
    expect(res.status).toBe(200);
    return res.body as Array<{ key: string; label: string; value: string }>;
  };

  it('breaks down by flow: each fact in exactly one, computed by hand', async () => {
    // BORDER: 一线 1500.55; 9610 import 50.33 − 10.11 = 40.22; export 800.07 + 1.01 = 801.08.
    expect(await rowsOf('BORDER', 'flow')).toEqual([
      { key: 'DIRECT_IMPORT', label: '直购进口', value: '40.22' },
      { key: 'EXPORT', label: '出口', value: '801.08' },
      { key: 'FIRST_LINE_ENTRY', label: '一线入区', value: '1500.55' },
    ]);
    // RETAIL: the 1210 list at 二线 300.15; 9610 import 40.22; export 801.08.
    expect(await rowsOf('RETAIL', 'flow')).toEqual([
      { key: 'DIRECT_IMPORT', label: '直购进口', value: '40.22' },
      { key: 'EXPORT', label: '出口', value: '801.08' },
      { key: 'SECOND_LINE_RETAIL', label: '二线出区', value: '300.15' },
    ]);
  });

  it('names enterprises by their latest released name, or by code when none is known', async () => {
    expect(await rowsOf('RETAIL', 'enterprise')).toEqual([
      { key: A, label: 'Himalaya Goods Co.', value: '1101.23' },
      { key: B, label: B, value: '40.22' },
    ]);
    expect(await rowsOf('BORDER', 'enterprise')).toEqual([
      { key: '5401960009', label: '5401960009', value: '1500.55' },
      { key: A, label: 'Himalaya Goods Co.', value: '801.08' },
      { key: B, label: B, value: '40.22' },
    ]);
  });

  it('adds every breakdown up to the total of its basis, to the fen, and states basis and return policy', async () => {
    const { body: summary } = await get('/statistics/summary?year=2026');
    // By hand: BORDER 1500.55 + 50.33 + 800.07 + 1.01 − 10.11; RETAIL 300.15 + 50.33 + 800.07 + 1.01 − 10.11.
    expect(summary.border.total).toBe('2341.85');
    expect(summary.retail.total).toBe('1141.45');
    for (const [basis, total] of [['BORDER', summary.border.total], ['RETAIL', summary.retail.total]] as const) {
      for (const by of BREAKDOWNS) {
        const res = await fetch(`${svc.url}/statistics/breakdown?year=2026&basis=${basis}&by=${by}`, { headers: { 'x-api-key': bureau } });
        expect(res.headers.get('x-statistics-basis')).toBe(basis);
        expect(res.headers.get('x-statistics-return-policy')).toBe('RETURN_MONTH');
        const sum = ((await res.json()) as Array<{ value: string }>).reduce((s, r) => s + parseMoney(r.value), 0n);
        expect([basis, by, sum]).toEqual([basis, by, parseMoney(total)]);
      }
    }
  });

  it('serves CSV in UTF-8 with a BOM and Chinese headers that reads back to the same total', async () => {
    const res = await fetch(`${svc.url}/statistics/breakdown?year=2026&basis=RETAIL&by=enterprise&format=csv`, { headers: { 'x-api-key': bureau } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="statistics-2026-retail-by-enterprise.csv"; filename*=UTF-8''${encodeURIComponent('统计-2026-跨境电商零售额-按企业.csv')}`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows.slice(0, 2)).toEqual([
      ['代码', '名称', '金额（元）'],
      ['key', 'label', 'value'],
    ]);
    expect(rows.slice(2)).toEqual([
      [A, 'Himalaya Goods Co.', '1101.23'],
      [B, B, '40.22'],
    ]);
    expect(rows.slice(2).reduce((s, r) => s + parseMoney(r[2]), 0n)).toBe(parseMoney('1141.45'));

    const english = await fetch(`${svc.url}/statistics/breakdown?year=2026&basis=BORDER&by=flow&format=csv&lang=en`, { headers: { 'x-api-key': bureau } });
    expect(Buffer.from(await english.arrayBuffer()).toString('utf8')).toBe('\uFEFFkey,label,value\r\nDIRECT_IMPORT,直购进口,40.22\r\nEXPORT,出口,801.08\r\nFIRST_LINE_ENTRY,一线入区,1500.55\r\n');
    expect((await get('/statistics/breakdown?year=2026&by=flow&format=csv&lang=fr')).status).toBe(400);
  });

  it("states the zone's share of the city once the city total is entered, exactly", async () => {
    expect((await get('/statistics/progress?year=2026')).body.cityShare).toBeNull();
    const entered = await put('/statistics/city-totals/2026', { total: '2400.00', source: '拉萨市统计局' });
    expect(entered).toMatchObject({ status: 200, body: { year: 2026, total: '2400.00', source: '拉萨市统计局', enteredBy: 'Commerce bureau' } });
    // 2341.85 / 2400 = 0.97577… ≥ 0.95
    expect((await get('/statistics/progress?year=2026')).body.cityShare).toEqual({
      cityTotal: '2400.00', share: '0.9758', sharePercent: '97.58', target: '0.95', targetPercent: '95.00', met: true,
    });
    // Corrected: 2341.85 / 2500 = 0.93674 < 0.95
    expect((await put('/statistics/city-totals/2026', { total: 2500, source: '修订' })).status).toBe(200);
    expect((await get('/statistics/progress?year=2026')).body.cityShare).toMatchObject({ cityTotal: '2500.00', share: '0.9367', sharePercent: '93.67', met: false });
    expect((await get('/statistics/city-totals')).body).toEqual([expect.objectContaining({ year: 2026, total: '2500.00', source: '修订' })]);
  });

  it('refuses a bad city total naming the field, a path that is no year, and callers without the role', async () => {
    expect(await put('/statistics/city-totals/2026', { total: '0', source: 'x' })).toMatchObject({ status: 400, body: { code: 'VALIDATION.FAILED', field: 'total' } });
    expect(await put('/statistics/city-totals/2026', { total: '1.234', source: 'x' })).toMatchObject({ status: 400, body: { field: 'total' } });
    expect(await put('/statistics/city-totals/2026', { total: '100.00' })).toMatchObject({ status: 400, body: { field: 'source' } });
    expect(await put('/statistics/city-totals/20x6', { total: '100.00', source: 'x' })).toMatchObject({ status: 404, body: { code: 'STATISTICS.UNKNOWN_YEAR' } });
    expect(await put('/statistics/city-totals/2026', { total: '100.00', source: 'x' }, enterprise)).toMatchObject({ status: 403 });
    expect((await get('/statistics/turnover?year=2026', enterprise)).status).toBe(403);
  });

  it('charts the turnover trend from the daily measurements by value, against the 2025 baseline and +30 %', async () => {
    const days = [
      // 2025 baseline, January: two ledgers 200 out of 2000 stock → 0.1.
      measured('T88000000091', '2025-01-10', '100.00', '1000.00'),
      measured('T88000000092', '2025-01-10', '100.00', '1000.00'),
      // March 2026: day 1 130 out of 1000; day 2 nothing out of 600 → 130 ÷ 800 = 0.1625.
      measured('T88000000091', '2026-03-01', '50.00', '400.00'),
      measured('T88000000092', '2026-03-01', '80.00', '600.00'),
      measured('T88000000091', '2026-03-02', '0.00', '300.00'),
      measured('T88000000092', '2026-03-02', '0.00', '300.00'),
      // April 2026: 10 of 300 → 0.0333…; a day measured before the value was published is left out.
      measured('T88000000091', '2026-04-01', '10.00', '300.00'),
      measured('T88000000092', '2026-04-02', '999.00'),
    ];
    const sent: Array<{ id: string }> = [];
    for (const d of days) sent.push(await publish(WarehouseEvents.TurnoverMeasured, d.emsNo, d));
    expect(new Set(await outcomes(...sent))).toEqual(new Set(['handled']));
    // A replay of a measured day under a new id changes nothing; malformed events are dead-lettered.
    const replay = await publish(WarehouseEvents.TurnoverMeasured, 'T88000000091', measured('T88000000091', '2026-04-01', '5000.00', '1.00'));
    const malformed = await publish(WarehouseEvents.TurnoverMeasured, 'T88000000091', { ...measured('T88000000091', '2026-04-03', '1.00', '1.00'), averageStockValue: '-5' });
    const noSuchDay = await publish(WarehouseEvents.TurnoverMeasured, 'T88000000091', { ...measured('T88000000091', '2026-02-30', '1.00', '1.00'), measuredAt: '2026-03-01T00:00:00.000Z' });
    expect(await outcomes(replay, malformed, noSuchDay)).toEqual(['handled', 'dead-lettered', 'dead-lettered']);
    const admin = (await svc.app.get(ApiKeyStore).issue({ name: 'admin', role: 'admin' })).key;
    const letters = (await get('/dead-letters', admin)).body.items as Array<{ messageId: string; error: { code: string } }>;
    expect(letters.find((l) => l.messageId === malformed.id)?.error.code).toBe('MESSAGING.INVALID_PAYLOAD');
    expect(letters.find((l) => l.messageId === noSuchDay.id)?.error.code).toBe('STATISTICS.INVALID_DAY');

    const { status, body } = await get('/statistics/turnover?year=2026');
    expect(status).toBe(200);
    expect(body).toEqual({
      year: 2026,
      baseline: { period: '2025', turnoverRatio: '0.1000' },
      target: '0.30',
      targetPercent: '30.00',
      months: [
        { month: '2026-03', outboundValue: '130.00', averageStockValue: '800.00', turnoverRatio: '0.1625', changeVsBaseline: '0.6250', changeVsBaselinePercent: '62.50' },
        { month: '2026-04', outboundValue: '10.00', averageStockValue: '300.00', turnoverRatio: '0.0333', changeVsBaseline: '-0.6667', changeVsBaselinePercent: '-66.67' },
      ],
      // (0.1625 + 0.03333…) / 2 = 0.0979166…; ÷ 0.1 − 1 = −2.08 %.
      yearToDate: { turnoverRatio: '0.0979', changeVsBaseline: '-0.0208', changeVsBaselinePercent: '-2.08', met: false },
    });
    expect((await get('/statistics/turnover?year=2024')).body).toMatchObject({ months: [], yearToDate: { turnoverRatio: null, met: null } });
    expect((await get('/statistics/progress?year=2026')).body.turnover).toEqual({ changeVsBaselinePercent: '-2.08', targetPercent: '30.00', met: false });
  });

  it('states its basis, return policy, percentages half-up and a verdict on progress', async () => {
    const { body } = await get('/statistics/progress?year=2026');
    expect(body).toMatchObject({
      basis: 'BORDER',
      basisLabel: '进出口总额（跨境）',
      returnPolicy: 'RETURN_MONTH',
      yearToDate: '2341.85',
      requiredAnnualGrowth: '0.125865',
      requiredAnnualGrowthPercent: '12.59',
      progressPercent: '0.00',
      verdict: 'BEHIND',
      activeEnterprises: 2,
      enterpriseTarget: 48,
    });
    // The projection of 2341.85 yuan is nothing in 亿元 against the path's 62.2378 亿元.
    expect(body.gapYi).toBe('-62.24');
    expect(body.growthStillRequiredPercent).toMatch(/^\d+\.\d{2}$/);
    expect((await get('/statistics/progress?year=2099')).body).toMatchObject({ verdict: 'NO_DATA', gapYi: null, cityShare: null, turnover: null });
  });
});
