import { randomUUID } from 'node:crypto';
import { ApiKeyStore } from '@lhasa/auth';
import { DeclarationEvents, EventDefinition, EventEnvelope, InventoryListReturnedV1 } from '@lhasa/contracts';
import { SettledTracker, startTestPublisher, TestEventPublisher, trackSettled } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { envelopeOf, listLine, releasedList } from '../../../tests/support/statistics-events';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { AppModule } from '../src/app.module';

jest.setTimeout(60000);

/** GET /statistics/monthly: the stacked monthly chart's cells, net of returns, converted facts only. */
describe('statistics: monthly by direction and mode (Kafka + PostgreSQL)', () => {
  let svc: RunningService;
  let producer: TestEventPublisher;
  let settled: SettledTracker;
  let bureau: string;
  let enterprise: string;
  const rates = process.env.STATISTICS_RATES;

  const get = (path: string, key = bureau) => call(svc.url, 'GET', path, { key });
  const publish = async <T>(definition: EventDefinition<T>, subject: string, data: T) => {
    const envelope = envelopeOf(definition, subject, data);
    await producer.send(definition, [envelope as EventEnvelope<any>]);
    return envelope.id;
  };

  const directMail = releasedList('9610', 'I', [listLine(1, '1000.00')], { releasedAt: '2026-03-05T02:00:00Z' });
  const b2b = releasedList('9710', 'E', [listLine(1, '800.00')], { releasedAt: '2026-03-20T02:00:00Z' });
  const exportMail = releasedList('9610', 'E', [listLine(1, '300.00')], { releasedAt: '2026-04-01T02:00:00Z' });
  const bonded = releasedList('1210', 'I', [listLine(1, '50.00')], { releasedAt: '2026-04-11T02:00:00Z', emsNo: 'T88000000001' });
  const euro = releasedList('9610', 'E', [listLine(1, '70.00')], { releasedAt: '2026-04-12T02:00:00Z', currency: '300' });
  // Months are Beijing months: 2026-03-31T17:00Z is 04-01 01:00 in Beijing, so April.
  const midnight = releasedList('9610', 'I', [listLine(1, '5.00')], { releasedAt: '2026-03-31T17:00:00Z' });
  const partReturn = (): InventoryListReturnedV1 => {
    const { lines, totalValue, overseasWarehouseCode, ...head } = directMail;
    void totalValue;
    void overseasWarehouseCode;
    return { ...head, returnId: randomUUID(), returnedAt: '2026-06-02T03:00:00Z', returnedValue: '200.00', lines: [{ ...lines[0], totalPrice: '200.00' }] };
  };

  beforeAll(async () => {
    delete process.env.STATISTICS_RATES; // 300 (EUR) has no rate: that list stays pending conversion
    producer = await startTestPublisher();
    svc = await startServiceApp(AppModule);
    settled = trackSettled(svc.transport);
    const store = svc.app.get(ApiKeyStore);
    bureau = (await store.issue({ name: 'Commerce bureau', role: 'bureau' })).key;
    enterprise = (await store.issue({ name: 'Shop', role: 'enterprise', enterpriseCode: '5401960002' })).key;
    const ids: string[] = [];
    for (const list of [directMail, b2b, exportMail, bonded, euro, midnight]) ids.push(await publish(DeclarationEvents.InventoryListReleased, list.listId, list));
    await settled.untilIds(ids);
    const returned = partReturn();
    const returnId = await publish(DeclarationEvents.InventoryListReturned, returned.listId, returned);
    expect((await settled.untilId(returnId)).outcome).toBe('handled');
  });

  afterAll(async () => {
    if (rates === undefined) delete process.env.STATISTICS_RATES;
    else process.env.STATISTICS_RATES = rates;
    settled?.stop();
    await svc?.close();
    await producer?.stop();
    await dropNamespaceDatabases();
  });

  it('sums each month by direction (import first) and trade mode, the return in its own month, the pending EUR list left out', async () => {
    expect(await get('/statistics/monthly?year=2026&basis=BORDER')).toEqual({
      status: 200,
      body: [
        { month: '2026-03', direction: 'I', mode: '9610', value: '1000.00' },
        { month: '2026-03', direction: 'E', mode: '9710', value: '800.00' },
        { month: '2026-04', direction: 'I', mode: '9610', value: '5.00' },
        { month: '2026-04', direction: 'E', mode: '9610', value: '300.00' },
        { month: '2026-06', direction: 'I', mode: '9610', value: '-200.00' },
      ],
    });
  });

  it('takes the basis like the breakdown (RETAIL counts the 1210 list) and the tracker basis by default', async () => {
    const retail = (await get('/statistics/monthly?year=2026&basis=RETAIL')).body;
    expect(retail).toContainEqual({ month: '2026-04', direction: 'I', mode: '1210', value: '50.00' });
    expect((await get('/statistics/monthly?year=2026')).body).toEqual((await get('/statistics/monthly?year=2026&basis=BORDER')).body);
    expect((await get('/statistics/monthly?year=2025&basis=BORDER')).body).toEqual([]);
  });

  it('agrees with the month breakdown and the summary', async () => {
    const rows: { month: string; direction: string; value: string }[] = (await get('/statistics/monthly?year=2026&basis=BORDER')).body;
    const fen = (v: string) => BigInt(v.replace('.', ''));
    const byMonth = (await get('/statistics/breakdown?year=2026&basis=BORDER&by=month')).body as { key: string; value: string }[];
    for (const m of byMonth) expect(rows.filter((r) => r.month === m.key).reduce((s, r) => s + fen(r.value), 0n)).toBe(fen(m.value));
    const summary = (await get('/statistics/summary?year=2026')).body;
    expect(rows.filter((r) => r.direction === 'I').reduce((s, r) => s + fen(r.value), 0n)).toBe(fen(summary.border.import));
    expect(rows.filter((r) => r.direction === 'E').reduce((s, r) => s + fen(r.value), 0n)).toBe(fen(summary.border.export));
  });

  it('answers the bureau and admin only, and names a bad parameter (400)', async () => {
    expect(await call(svc.url, 'GET', '/statistics/monthly?year=2026')).toMatchObject({ status: 401, body: { code: 'AUTH.MISSING_KEY' } });
    expect(await get('/statistics/monthly?year=2026', enterprise)).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN_ROLE' } });
    const badYear = await get('/statistics/monthly?year=twenty');
    expect(badYear).toMatchObject({ status: 400, body: { code: 'VALIDATION.FAILED' } });
    expect(JSON.stringify(badYear.body)).toContain('year');
    const badBasis = await get('/statistics/monthly?year=2026&basis=GROSS');
    expect(badBasis).toMatchObject({ status: 400, body: { code: 'VALIDATION.FAILED' } });
    expect(JSON.stringify(badBasis.body)).toContain('basis must be BORDER or RETAIL');
  });
});
