import { randomUUID } from 'node:crypto';
import { ApiKeyStore } from '@lhasa/auth';
import { DeclarationEvents, EventDefinition, EventEnvelope, InventoryListRejectedV1, InventoryListReleasedV1 } from '@lhasa/contracts';
import { SettledTracker, startTestPublisher, TestEventPublisher, trackSettled } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { AppModule } from '../src/app.module';
import { ListLine, listMaker } from './support/trade-events';

jest.setTimeout(120_000);

const line = (gnum: number, totalPrice: string, gcode = '0902301000'): ListLine => ({ gnum, gcode, gname: 'tea', qty: '1', unit: '011', totalPrice, country: '125' });
const releasedList = listMaker('C', { ebcCode: '5401970031', agentCode: '5401970039', releasedAt: '2026-07-10T03:00:00Z', country: '125' });

/**
 * A list can be cancelled until its goods leave (domain.md §3b), after customs released it too:
 * what its release counted is then netted to zero, once; a list cancelled before its release was
 * never counted and nothing moves.
 */
describe('statistics: lists cancelled after release (Kafka + PostgreSQL)', () => {
  let svc: RunningService;
  let producer: TestEventPublisher;
  let settled: SettledTracker;
  let bureau: string;

  const summary = async () => (await call(svc.url, 'GET', '/statistics/summary?year=2026', { key: bureau })).body;
  const byMonth = async (basis: string) =>
    Object.fromEntries((await call(svc.url, 'GET', `/statistics/breakdown?year=2026&basis=${basis}&by=month`, { key: bureau })).body.map((r: { key: string; value: string }) => [r.key, r.value]));

  async function publish<T>(definition: EventDefinition<T>, subject: string, data: T, occurredAt = new Date().toISOString()): Promise<EventEnvelope<T>> {
    const envelope: EventEnvelope<T> = { id: randomUUID(), type: definition.type, version: definition.version, occurredAt, source: 'declarations', subject, correlationId: randomUUID(), data };
    await producer.send(definition, [envelope as EventEnvelope<any>]);
    return envelope;
  }
  const outcomes = async (...envelopes: Array<{ id: string }>) => (await settled.untilIds(envelopes.map((e) => e.id))).map((m) => m.outcome);
  function rejected(list: InventoryListReleasedV1, stage: InventoryListRejectedV1['stage'], occurredAt?: string) {
    const data: InventoryListRejectedV1 = {
      listId: list.listId,
      copNo: list.copNo,
      orderNo: list.orderNo,
      ebcCode: list.ebcCode,
      agentCode: list.agentCode,
      tradeMode: list.tradeMode,
      ieFlag: list.ieFlag,
      ...(list.emsNo ? { emsNo: list.emsNo } : {}),
      stage,
      reason: `${stage} in the test`,
    };
    return publish(DeclarationEvents.InventoryListRejected, list.listId, data, occurredAt);
  }

  beforeAll(async () => {
    producer = await startTestPublisher();
    svc = await startServiceApp(AppModule);
    settled = trackSettled(svc.transport);
    bureau = (await svc.app.get(ApiKeyStore).issue({ name: 'Commerce bureau', role: 'bureau' })).key;
  });

  afterAll(async () => {
    settled?.stop();
    await svc?.close();
    await producer?.stop();
    await dropNamespaceDatabases();
  });

  it('nets a released bonded import and a released special-area export to zero when they are cancelled, dated by the cancel, once', async () => {
    const bonded = releasedList('1210', 'I', [line(1, '200.00'), line(2, '100.00', '3304990000')], { emsNo: 'T88000000031', areaCode: '5401000031' });
    const specialArea = releasedList('1210', 'E', [line(1, '400.00', '5702420000')], { emsNo: 'T88000000031', areaCode: '5401000031', country: '502' });
    const kept = releasedList('1210', 'I', [line(1, '50.00')], { emsNo: 'T88000000031', areaCode: '5401000031' });
    expect(await outcomes(...(await Promise.all([bonded, specialArea, kept].map((l) => publish(DeclarationEvents.InventoryListReleased, l.listId, l)))))).toEqual(['handled', 'handled', 'handled']);
    expect((await summary()).retail).toEqual({ import: '350.00', export: '400.00', total: '750.00' });

    const cancels = [await rejected(bonded, 'cancelled', '2026-08-02T01:00:00Z'), await rejected(specialArea, 'cancelled', '2026-08-02T01:00:00Z')];
    const replay = await rejected(bonded, 'cancelled', '2026-08-03T01:00:00Z');
    expect(await outcomes(...cancels, replay)).toEqual(['handled', 'handled', 'handled']);
    const s = await summary();
    expect(s.retail).toEqual({ import: '50.00', export: '0.00', total: '50.00' });
    expect(s.border).toEqual({ import: '0.00', export: '0.00', total: '0.00' });
    expect(await byMonth('RETAIL')).toEqual({ '2026-07': '750.00', '2026-08': '-700.00' });
  });

  it('changes nothing for a list cancelled before its release, or rejected', async () => {
    const before = await summary();
    const neverReleased = releasedList('9610', 'I', [line(1, '80.00')]);
    const released = releasedList('9610', 'I', [line(1, '30.00')]);
    expect(await outcomes(await publish(DeclarationEvents.InventoryListReleased, released.listId, released))).toEqual(['handled']);
    expect(await outcomes(await rejected(neverReleased, 'cancelled'), await rejected(released, 'customs'), await rejected(released, 'processing'))).toEqual(['handled', 'handled', 'handled']);
    const after = await summary();
    expect(after.retail.import).toBe('80.00');
    expect(after.border.import).toBe((Number(before.border.import) + 30).toFixed(2));
  });
});
