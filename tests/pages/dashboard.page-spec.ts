import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { ApiKeyStore } from '@lhasa/auth';
import { DeclarationEvents, EventEnvelope, InventoryListReleasedV1, VerificationListApprovedV1, WarehouseEvents } from '@lhasa/contracts';
import { SettledTracker, startTestPublisher, TestEventPublisher, trackSettled } from '@lhasa/messaging/testing';
import { AppModule } from '../../apps/statistics/src/app.module';
import { dropNamespaceDatabases } from '../support/databases';
import { call } from '../support/http-client';
import { envelopeOf, listLine as line, releasedList } from '../support/statistics-events';
import { RunningService, startServiceApp } from '../support/service-app';
import { waitFor } from '../support/wait-for';

// The statistics dashboard in real headless Chromium (driven by playwright-core) against the real
// service over real Kafka and PostgreSQL: the charts must draw exactly the numbers the API gives.
jest.setTimeout(120000);

const YEAR = 2026;
const RESULTS = path.join(process.env.LHASA_LOCAL_DIR ? path.resolve(process.env.LHASA_LOCAL_DIR) : path.join(__dirname, '..', '..', '.local'), 'test-results');
const SCREENSHOT = path.join(RESULTS, 'dashboard.png');

// 一线 entries (border import, 1210) and released lists over several months, modes, countries and chapters.
const entry = (month: string, lines: VerificationListApprovedV1['lines']): VerificationListApprovedV1 => ({
  verificationListId: randomUUID(),
  bondInvtNo: `QD88${randomUUID().slice(0, 8)}`,
  emsNo: 'T88000000001',
  operatorCode: '5401960009',
  impexpMarkcd: 'I',
  purpose: 'BONDED_ENTRY',
  approvedAt: `${YEAR}-${month}-20T02:00:00Z`,
  currency: '142',
  totalValue: `${lines.reduce((s, l) => s + Number(l.totalPrice), 0).toFixed(2)}`,
  lines,
});
const ENTRIES = [
  entry('02', [
    { itemRecordNo: 'SKU-TEA', qty: '100', gcode: '0902109000', totalPrice: '42000000.00', country: '125' },
    { itemRecordNo: 'SKU-COS', qty: '10', gcode: '3304990000', totalPrice: '18500000.00', country: '111' },
  ]),
  entry('05', [{ itemRecordNo: 'SKU-CARPET', qty: '40', gcode: '5702420000', totalPrice: '26000000.00', country: '125' }]),
];
const LISTS = [
  releasedList('9610', 'I', [line(1, '8600000.00', '6109100000', '502')], { ebcCode: '5401960012', releasedAt: `${YEAR}-04-02T01:00:00Z` }),
  releasedList('9710', 'E', [line(1, '31000000.00', '5702420000', '125')], { ebcCode: '5401960013', country: '125' }),
  releasedList('9610', 'E', [line(1, '12400000.00', '0902109000', '142')], { ebcCode: '5401960014', country: '304', releasedAt: `${YEAR}-06-15T01:00:00Z` }),
  releasedList('1210', 'I', [line(1, '3500000.00', '3304990000', '111')], { emsNo: 'T88000000001', releasedAt: `${YEAR}-05-28T01:00:00Z` }),
];
// Arrives while the page is open: a July 9810 export to Nepal.
const LATE = releasedList('9810', 'E', [line(1, '15250000.00', '0902109000', '142')], { ebcCode: '5401960015', country: '125', releasedAt: `${YEAR}-07-08T01:00:00Z` });

/** 亿元 with two decimals, half up, as the page shows them (a test-side copy, by BigInt). */
function yi(yuan: string): string {
  const [whole, frac = ''] = yuan.split('.');
  const fen = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
  const hundredths = (fen + 50000000n) / 100000000n;
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/** "0.0139" → "1.39" (a ratio with four decimals as a percent), by moving the decimal point. */
function percentOf(ratio: string): string {
  const [whole, frac = ''] = ratio.split('.');
  const scaled = BigInt(whole + frac.padEnd(4, '0').slice(0, 4));
  return `${scaled / 100n}.${(scaled % 100n).toString().padStart(2, '0')}`;
}

interface DrawnSeries {
  name: string;
  stack: string | null;
  data: (number | null)[];
}
interface DashboardState {
  ready: boolean;
  refreshes: number;
  charts: Record<string, ({ series: DrawnSeries[] } & Record<string, unknown>) | null>;
  panels: Record<string, { status: string; message: string | null }>;
  kpis: Record<string, { value: string; sub: string }>;
  cspViolations: string[];
}

describe('statistics dashboard in headless Chromium', () => {
  let svc: RunningService;
  let producer: TestEventPublisher;
  let settled: SettledTracker;
  let bureau: string;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const pageErrors: string[] = [];

  const get = (p: string) => call(svc.url, 'GET', p, { key: bureau });
  const dashboard = (): Promise<DashboardState> => page.evaluate(() => (globalThis as unknown as { __dashboard: DashboardState }).__dashboard);
  const publishList = async (list: InventoryListReleasedV1) => {
    const envelope = envelopeOf(DeclarationEvents.InventoryListReleased, list.listId, list);
    await producer.send(DeclarationEvents.InventoryListReleased, [envelope as EventEnvelope<any>]);
    return envelope;
  };
  /** Waits until the page has finished a refresh started after this call. */
  const nextRefresh = async () => {
    const seen = (await dashboard()).refreshes;
    await page.waitForFunction((n) => (globalThis as unknown as { __dashboard: DashboardState }).__dashboard.refreshes > n, seen, { timeout: 30000 });
  };

  beforeAll(async () => {
    // Found (or installed) by tests/support/pages.global-setup.mjs, with the flags of scripts/lib/chromium.mjs.
    const executablePath = process.env.CHROMIUM_PATH;
    const args = (process.env.CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);
    if (!executablePath || !args.length) throw new Error('CHROMIUM_PATH / CHROMIUM_ARGS are not set: run the page tests through jest --selectProjects pages');
    producer = await startTestPublisher();
    svc = await startServiceApp(AppModule);
    settled = trackSettled(svc.transport);
    bureau = (await svc.app.get(ApiKeyStore).issue({ name: 'Commerce bureau', role: 'bureau' })).key;

    const sent: string[] = [];
    for (const e of ENTRIES) {
      const envelope = envelopeOf(WarehouseEvents.VerificationListApproved, e.verificationListId, e);
      await producer.send(WarehouseEvents.VerificationListApproved, [envelope as EventEnvelope<any>]);
      sent.push(envelope.id);
    }
    for (const list of LISTS) sent.push((await publishList(list)).id);
    await settled.untilIds(sent);
    expect(settled.withIds(sent).map((m) => m.outcome)).toEqual(sent.map(() => 'handled'));

    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lhasa-chromium-')); // a fresh profile every run
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args,
      viewport: { width: 1920, height: 1080 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    settled?.stop();
    await svc?.close();
    await producer?.stop();
    await dropNamespaceDatabases();
  });

  it('serves ECharts and its own script from the service, cacheable, under a CSP that allows nothing external', async () => {
    const res = await fetch(`${svc.url}/dashboard`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.map((s) => s.replace(/\?v=[0-9a-f]+$/, ''))).toEqual(['/dashboard/assets/echarts.min.js', '/dashboard/assets/dashboard.js']);
    expect(html).not.toMatch(/<script>|\sstyle=|https?:\/\//);
    const lib = await fetch(`${svc.url}${scripts[0]}`);
    expect(lib.status).toBe(200);
    expect(lib.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(lib.headers.get('cache-control')).toContain('max-age=31536000');
    expect(await lib.text()).toContain('echarts');
  });

  it('draws the numbers the API gives, and redraws by itself when a release arrives', async () => {
    await page.goto(`${svc.url}/dashboard?year=${YEAR}&refresh=1`);
    await page.locator('#keyInput').fill(bureau);
    await page.locator('#keyEntry button[type=submit]').click();
    await page.waitForFunction(() => (globalThis as unknown as { __dashboard: DashboardState }).__dashboard.ready, undefined, { timeout: 30000 });

    // One refresh fully drawn after the API answers below were read: both see the same facts.
    const [summary, progress, monthly, countries, chapters, turnover] = await Promise.all([
      get(`/statistics/summary?year=${YEAR}`),
      get(`/statistics/progress?year=${YEAR}`),
      get(`/statistics/monthly?year=${YEAR}&basis=BORDER`),
      get(`/statistics/breakdown?year=${YEAR}&basis=BORDER&by=country`),
      get(`/statistics/breakdown?year=${YEAR}&basis=BORDER&by=hsChapter`),
      get(`/statistics/turnover?year=${YEAR}`),
    ]);
    expect(summary.body.border).toEqual({ import: '95100000.00', export: '43400000.00', total: '138500000.00' });
    await nextRefresh();
    const state = await dashboard();

    // KPIs
    expect(state.kpis.total.value).toBe(`${yi(summary.body.border.total)} 亿元`);
    const percent: string = progress.body.progressPercent ?? percentOf(progress.body.progressRatio);
    expect(state.kpis.progress.value).toBe(`${percent} %`);
    expect(state.kpis.enterprises.value).toBe(`${progress.body.activeEnterprises} / ${progress.body.enterpriseTarget}`);

    // Progress gauge and enterprises vs 48
    expect(state.charts.progress!.series[0].data).toEqual([Number(percent)]);
    expect(state.charts.enterprises!.series[0].data).toEqual([progress.body.activeEnterprises]);
    expect(state.charts.enterprises!.target).toBe(48);

    // Monthly, stacked by direction, one series per mode, every month of the year
    const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
    const rows = monthly.body as { month: string; direction: 'I' | 'E'; mode: string; value: string }[];
    const keys = [...new Set(rows.map((r) => `${r.direction} ${r.mode}`))].sort((a, b) => (a[0] === b[0] ? a.localeCompare(b) : a[0] === 'I' ? -1 : 1));
    expect(keys).toEqual(['I 1210', 'I 9610', 'E 9610', 'E 9710']);
    expect(state.charts.monthly!.series).toEqual(
      keys.map((k) => ({
        name: `${k[0] === 'I' ? '进口' : '出口'} ${k.slice(2)}`,
        stack: k[0],
        data: months.map((m) => Number(rows.find((r) => `${r.direction} ${r.mode}` === k && r.month === m)?.value ?? 0)),
      })),
    );

    // Top countries and HS chapters, largest on top (the last category of a horizontal bar chart)
    const top = (list: { key: string; label: string; value: string }[]) => [...list].sort((a, b) => Number(b.value) - Number(a.value)).slice(0, 10).reverse();
    expect(state.charts.countries!.labels).toEqual(top(countries.body).map((r) => r.label));
    expect(state.charts.countries!.series[0].data).toEqual(top(countries.body).map((r) => Number(r.value)));
    expect(state.charts.countries!.labels).toContain('尼泊尔');
    expect(state.charts.hsChapters!.keys).toEqual(top(chapters.body).map((r) => r.key));
    expect(state.charts.hsChapters!.series[0].data).toEqual(top(chapters.body).map((r) => Number(r.value)));

    // Turnover: drawn as the API gives it, or "not available" while the endpoint is not there
    if (turnover.status === 404) {
      expect(state.panels.turnover).toEqual({ status: 'unavailable', message: '暂不可用 Not available' });
    } else {
      expect(turnover.status).toBe(200);
      expect(state.charts.turnover!.series[0].data).toEqual(
        (turnover.body.months as { changeVsBaselinePercent: string | null }[]).map((m) => (m.changeVsBaselinePercent === null ? null : Number(m.changeVsBaselinePercent))),
      );
    }
    expect(state.cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);

    // A release arrives; the page picks it up on its own.
    const late = await publishList(LATE);
    expect((await settled.untilId(late.id)).outcome).toBe('handled');
    const after = await waitFor(() => get(`/statistics/summary?year=${YEAR}`), (r) => r.body.border.total !== summary.body.border.total);
    expect(after.body.border.total).toBe('153750000.00');
    // Each panel redraws as its own answer arrives: wait for the total and for the new bar.
    await page.waitForFunction(
      (value) => {
        const d = (globalThis as unknown as { __dashboard: DashboardState }).__dashboard;
        return d.kpis.total.value === value && d.charts.monthly?.series.some((s) => s.name === '出口 9810');
      },
      `${yi(after.body.border.total)} 亿元`,
      { timeout: 30000 },
    );
    const redrawn = await dashboard();
    const july = redrawn.charts.monthly!.series.find((s) => s.name === '出口 9810')!;
    expect(july).toEqual({ name: '出口 9810', stack: 'E', data: [0, 0, 0, 0, 0, 0, 15250000, 0, 0, 0, 0, 0] });

    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`dashboard screenshot: ${SCREENSHOT}`);
  });

  it('keeps working when one endpoint fails: the error is shown in that panel only', async () => {
    await page.route('**/statistics/monthly**', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'TEST.DOWN', message: 'monthly is down' }) }));
    await nextRefresh();
    await nextRefresh(); // a refresh that started after the route was in place
    const state = await dashboard();
    expect(state.panels.monthly).toEqual({ status: 'failed', message: '加载失败 Failed: TEST.DOWN: monthly is down' });
    expect(await page.locator('#panel-monthly .state').textContent()).toBe('加载失败 Failed: TEST.DOWN: monthly is down');
    expect(state.panels.countries.status).toBe('ok');
    expect(state.kpis.total.value).toBe('1.54 亿元');
    await page.unroute('**/statistics/monthly**');
    await nextRefresh();
    await nextRefresh();
    expect((await dashboard()).panels.monthly.status).toBe('ok');
  });
  it('draws the verdict, gap and turnover trend from the shapes progress and turnover answer with', async () => {
    // Those fields and /statistics/turnover may not be served yet: answer with their documented shapes.
    await page.route('**/statistics/progress**', async (route) => {
      const real = await (await route.fetch()).json();
      const body = { ...real, verdict: 'BEHIND', gapYi: '98.46', progressPercent: '1.54', requiredAnnualGrowthPercent: '12.59', turnover: { changeVsBaselinePercent: '18.20', targetPercent: '30.00', met: false } };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    });
    const month = (m: string, change: string | null) => ({ month: `${YEAR}-${m}`, outboundValue: '1000.00', averageStockValue: '800.00', turnoverRatio: '1.2500', changeVsBaseline: null, changeVsBaselinePercent: change });
    const turnover = {
      year: YEAR,
      baseline: { period: '2025', turnoverRatio: '1.0000' },
      target: '0.30',
      targetPercent: '30.00',
      months: [month('01', '5.00'), month('02', '12.50'), month('03', null), month('04', '31.25')],
      yearToDate: { turnoverRatio: '1.1820', changeVsBaseline: '0.1820', changeVsBaselinePercent: '18.20', met: false },
    };
    await page.route('**/statistics/turnover**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(turnover) }));
    await nextRefresh();
    await nextRefresh();
    const state = await dashboard();
    expect(state.kpis.verdict.value).toBe('落后 Behind');
    expect(state.kpis.verdict.sub).toContain('差距 98.46 亿元');
    expect(state.kpis.verdict.sub).toContain('需年均增长 12.59 %');
    expect(state.kpis.progress.value).toBe('1.54 %');
    expect(state.kpis.turnover).toEqual({ value: '18.20 %', sub: '目标 +30.00 % · 未达成 not met' });
    expect(state.panels.turnover.status).toBe('ok');
    expect(state.charts.turnover!.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(state.charts.turnover!.series[0].data).toEqual([5, 12.5, null, 31.25]);
    expect(state.charts.turnover!.targetPercent).toBe('30.00');
    const file = path.join(RESULTS, 'dashboard-turnover.png');
    await page.screenshot({ path: file });
    console.log(`dashboard screenshot (progress and turnover shapes): ${file}`);
    await page.unroute('**/statistics/progress**');
    await page.unroute('**/statistics/turnover**');
  });
});
