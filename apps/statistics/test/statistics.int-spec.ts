import { randomUUID } from 'node:crypto';
import { ApiKeyStore } from '@lhasa/auth';
import { DeclarationEvents, EventDefinition, EventEnvelope, VerificationListApprovedV1, WarehouseEvents } from '@lhasa/contracts';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { envelopeOf, listLine as line, releasedList } from '../../../tests/support/statistics-events';
import { SettledTracker, startTestPublisher, TestEventPublisher, trackSettled } from '@lhasa/messaging/testing';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { AppModule } from '../src/app.module';
import { bondedEntry } from './support/trade-events';
import { elapsedDays } from '../src/domain/progress';

jest.setTimeout(60000);

describe('statistics (Kafka + PostgreSQL)', () => {
  let svc: RunningService;
  let producer: TestEventPublisher;
  let settled: SettledTracker;
  let bureau: string;
  let admin: string;
  let enterprise: string;

  const publish = async <T>(definition: EventDefinition<T>, envelope: EventEnvelope<T>) => {
    await producer.send(definition, [envelope as EventEnvelope<any>]);
    return envelope;
  };
  const get = (path: string, key = bureau) => call(svc.url, 'GET', path, { key });

  // 一线 entry of bonded goods: 1000.00 of tea + 500.00 of cosmetics, border import under 1210.
  const entry = bondedEntry();
  const exit: VerificationListApprovedV1 = { ...entry, verificationListId: randomUUID(), impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', totalValue: '300.00' };
  // Declarations names the e-ledger on a list that draws on bonded stock.
  const bonded = releasedList('1210', 'I', [line(1, '200.00'), line(2, '100.00', '3304990000', '111')], { emsNo: 'T88000000001' });
  const directMail = releasedList('9610', 'I', [line(1, '50.00', '6109100000', '502')], { ebcCode: '5401960012', releasedAt: '2026-04-02T01:00:00Z' });
  const b2bExport = releasedList('9710', 'E', [line(1, '800.00', '5702420000', '125')], { ebcCode: '5401960013' });
  const entryEnvelope = envelopeOf(WarehouseEvents.VerificationListApproved, entry.verificationListId, entry);

  beforeAll(async () => {
    producer = await startTestPublisher();
    svc = await startServiceApp(AppModule);
    settled = trackSettled(svc.transport);
    const store = svc.app.get(ApiKeyStore);
    bureau = (await store.issue({ name: 'Commerce bureau', role: 'bureau' })).key;
    admin = (await store.issue({ name: 'Admin', role: 'admin' })).key;
    enterprise = (await store.issue({ name: 'Shop', role: 'enterprise', enterpriseCode: '5401960002' })).key;

    await publish(WarehouseEvents.VerificationListApproved, entryEnvelope);
    await publish(WarehouseEvents.VerificationListApproved, envelopeOf(WarehouseEvents.VerificationListApproved, exit.verificationListId, exit));
    for (const list of [bonded, directMail, b2bExport]) {
      await publish(DeclarationEvents.InventoryListReleased, envelopeOf(DeclarationEvents.InventoryListReleased, list.listId, list));
    }
    await waitFor(() => get('/statistics/summary?year=2026'), (r) => r.status === 200 && r.body.documents === 4);
  });

  afterAll(async () => {
    settled?.stop();
    await svc?.close();
    await producer?.stop();
    await dropNamespaceDatabases();
  });

  const expectedSummary = {
    year: 2026,
    currency: 'CNY',
    // 一线 entry 1500 + 9610 direct mail 50 in; 9710 export 800 out. The 1210 list is not border value again.
    border: { import: '1550.00', export: '800.00', total: '2350.00' },
    // Every released list: 1210 300 + 9610 50 in; 9710 800 out.
    retail: { import: '350.00', export: '800.00', total: '1150.00' },
    trackerBasis: 'BORDER',
    basisLabels: { BORDER: '进出口总额（跨境）', RETAIL: '跨境电商零售额（清单）' },
    documents: 4,
    pendingConversion: [],
    returnPolicy: 'RETURN_MONTH',
  };

  it('counts border and retail value on their own bases, never 1210 goods twice', async () => {
    expect(await get('/statistics/summary?year=2026')).toEqual({ status: 200, body: expectedSummary });
    expect((await get('/statistics/summary?year=2025')).body).toMatchObject({ border: { total: '0.00' }, retail: { total: '0.00' }, documents: 0 });
  });

  it('counts the same event once, whether redelivered or replayed under a new id', async () => {
    const before = settled.withIds([entryEnvelope.id]).length;
    await publish(WarehouseEvents.VerificationListApproved, entryEnvelope); // redelivery: same message id
    const replay = envelopeOf(DeclarationEvents.InventoryListReleased, bonded.listId, bonded); // replay: new id, same list
    await publish(DeclarationEvents.InventoryListReleased, replay);
    const marker = releasedList('9610', 'E', [line(1, '1.00')], { ebcCode: '5401960002' });
    const markerEnvelope = await publish(DeclarationEvents.InventoryListReleased, envelopeOf(DeclarationEvents.InventoryListReleased, marker.listId, marker));
    // The replay and the marker handled, the redelivery seen as a duplicate.
    await settled.untilIds([replay.id, markerEnvelope.id]);
    await waitFor(async () => settled.withIds([entryEnvelope.id]).length, (n) => n === before + 1);
    expect(settled.withIds([entryEnvelope.id]).at(-1)!.outcome).toBe('duplicate');
    expect(settled.withIds([replay.id, markerEnvelope.id]).map((m) => m.outcome)).toEqual(['handled', 'handled']);
    const { body } = await get('/statistics/summary?year=2026');
    expect(body.documents).toBe(5);
    expect(body.border).toEqual({ import: '1550.00', export: '801.00', total: '2351.00' });
    expect(body.retail).toEqual({ import: '350.00', export: '801.00', total: '1151.00' });
  });

  it('breaks down by month, mode, direction, country, HS chapter and enterprise with labels from the code tables', async () => {
    const by = async (basis: string, dimension: string) => (await get(`/statistics/breakdown?year=2026&basis=${basis}&by=${dimension}`)).body;
    expect(await by('BORDER', 'month')).toEqual([
      { key: '2026-02', label: '2026-02', value: '1500.00' },
      { key: '2026-03', label: '2026-03', value: '801.00' },
      { key: '2026-04', label: '2026-04', value: '50.00' },
    ]);
    expect(await by('BORDER', 'mode')).toEqual([
      { key: '1210', label: '1210 保税跨境贸易电子商务', value: '1500.00' },
      { key: '9610', label: '9610 跨境贸易电子商务', value: '51.00' },
      { key: '9710', label: '9710 跨境电商B2B直接出口', value: '800.00' },
    ]);
    expect(await by('RETAIL', 'direction')).toEqual([
      { key: 'E', label: '出口', value: '801.00' },
      { key: 'I', label: '进口', value: '350.00' },
    ]);
    expect(await by('BORDER', 'country')).toEqual([
      { key: '111', label: '印度', value: '500.00' },
      { key: '125', label: '尼泊尔', value: '1801.00' },
      { key: '502', label: '美国', value: '50.00' },
    ]);
    expect(await by('RETAIL', 'hsChapter')).toEqual([
      { key: '09', label: '第09章 咖啡、茶、马黛茶及调味香料', value: '201.00' },
      { key: '33', label: '第33章 精油及香膏；芳香料制品及化妆盥洗品', value: '100.00' },
      { key: '57', label: '第57章 地毯及纺织材料的其他铺地制品', value: '800.00' },
      { key: '61', label: '第61章 针织或钩编的服装及衣着附件', value: '50.00' },
    ]);
    expect((await by('RETAIL', 'enterprise')).map((r: { key: string }) => r.key)).toEqual(['5401960002', '5401960012', '5401960013']);
  });

  it('serves a breakdown as CSV with a BOM, the Chinese header row and the English one', async () => {
    const res = await fetch(`${svc.url}/statistics/breakdown?year=2026&basis=BORDER&by=country&format=csv`, { headers: { 'x-api-key': bureau } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe('\uFEFF代码,名称,金额（元）\r\nkey,label,value\r\n111,印度,500.00\r\n125,尼泊尔,1801.00\r\n502,美国,50.00\r\n');
  });

  it('reports progress toward 100 亿元 exactly', async () => {
    const { status, body } = await get('/statistics/progress?year=2026', admin);
    expect(status).toBe(200);
    const elapsed = elapsedDays(2026, new Date());
    const ytdFen = 235100n;
    const projection = elapsed ? (2n * ytdFen * 365n + BigInt(elapsed)) / (2n * BigInt(elapsed)) : 0n;
    expect(body).toMatchObject({
      year: 2026,
      basis: 'BORDER',
      yearToDate: '2351.00',
      target: '10000000000.00',
      baseline: '5528000000.00',
      requiredAnnualGrowth: '0.125865',
      requiredThisYear: '6223782791.76',
      runRateProjection: `${projection / 100n}.${(projection % 100n).toString().padStart(2, '0')}`,
      progressRatio: '0.0000',
      activeEnterprises: 3,
      enterpriseTarget: 48,
    });
  });

  it('refuses callers without a key (401) or without the bureau / admin role (403), and bad parameters (400)', async () => {
    expect(await call(svc.url, 'GET', '/statistics/summary?year=2026')).toMatchObject({ status: 401, body: { code: 'AUTH.MISSING_KEY' } });
    expect(await get('/statistics/summary?year=2026', enterprise)).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN_ROLE' } });
    expect((await get('/statistics/breakdown?year=2026&by=planet')).status).toBe(400);
    expect((await get('/statistics/breakdown?year=2026&by=month&basis=GROSS')).status).toBe(400);
    expect((await get('/statistics/progress?year=twenty')).status).toBe(400);
  });

  it('serves the dashboard page without a key; it loads nothing but its own assets', async () => {
    const res = await fetch(`${svc.url}/dashboard`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).every((url) => url.startsWith('/dashboard/assets/'))).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    const script = await (await fetch(`${svc.url}${html.match(/src="(\/dashboard\/assets\/dashboard\.js[^"]*)"/)![1]}`)).text();
    expect(script).toContain('x-api-key');
    expect(script).toContain('/statistics/progress');
  });

  it('keeps a release in a currency without a configured rate pending conversion: never guessed, never added as CNY', async () => {
    const euro = releasedList('9610', 'E', [line(1, '10.00'), line(2, '2.50')], { currency: '300' });
    const sent = await publish(DeclarationEvents.InventoryListReleased, envelopeOf(DeclarationEvents.InventoryListReleased, euro.listId, euro));
    expect((await settled.untilId(sent.id)).outcome).toBe('handled');
    const { body } = await get('/statistics/summary?year=2026');
    expect(body).toMatchObject({ border: { export: '801.00' }, retail: { export: '801.00' }, documents: 6 });
    expect(body.pendingConversion).toEqual([
      { basis: 'BORDER', direction: 'E', currency: '300', amount: '12.50', month: '2026-03', facts: 2, documents: 1 },
      { basis: 'RETAIL', direction: 'E', currency: '300', amount: '12.50', month: '2026-03', facts: 2, documents: 1 },
    ]);
    expect((await get('/statistics/breakdown?year=2026&basis=BORDER&by=mode')).body.find((r: { key: string }) => r.key === '9610').value).toBe('51.00');
  });
});
