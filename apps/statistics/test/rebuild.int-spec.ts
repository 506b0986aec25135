import { DataSource } from 'typeorm';
import { ApiKeyStore } from '@lhasa/auth';
import { DeclarationEvents, EventDefinition, EventEnvelope, InventoryListReleasedV1, WarehouseEvents } from '@lhasa/contracts';
import { RebuildReport } from '@lhasa/messaging';
import { SettledTracker, startTestPublisher, TestEventPublisher, trackSettled } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { AppModule } from '../src/app.module';
import { rebuildStatistics } from '../src/commands/rebuild/statistics.read-model';
import { bondedEntry, envelopeOf, line, releasedList, returnOf } from './support/trade-events';

jest.setTimeout(180_000);

/**
 * `npm run rebuild -- statistics` (rebuildStatistics, the function the script calls): the live
 * service counts a known set of events, the rebuild replays the topics into a fresh database
 * through the service's own consumers and swaps it in, and the figures are the same; events after
 * the swap are counted once; a fact lost from the live model comes back.
 */
describe('statistics rebuild (Kafka + PostgreSQL)', () => {
  let svc: RunningService;
  let producer: TestEventPublisher;
  let settled: SettledTracker;
  let bureau: string;
  const lines: string[] = [];

  const get = (path: string) => call(svc.url, 'GET', path, { key: bureau });
  const figures = async () => ({
    summary: (await get('/statistics/summary?year=2026')).body,
    byMonth: (await get('/statistics/breakdown?year=2026&basis=BORDER&by=month')).body,
    byMode: (await get('/statistics/breakdown?year=2026&basis=RETAIL&by=mode')).body,
    byEnterprise: (await get('/statistics/breakdown?year=2026&basis=RETAIL&by=enterprise')).body,
  });
  async function send<T>(definition: EventDefinition<T>, envelope: EventEnvelope<T>) {
    await producer.send(definition, [envelope as EventEnvelope<any>]);
    return envelope;
  }
  const publish = <T>(definition: EventDefinition<T>, subject: string, data: T) => send(definition, envelopeOf(definition, subject, data));

  async function start() {
    svc = await startServiceApp(AppModule);
    settled = trackSettled(svc.transport);
  }
  async function stop() {
    settled?.stop();
    await svc?.close();
  }
  /**
   * The rebuild with the live service running: when asked, `beforeStop` runs (the live service
   * still counting), then the service stops, then `afterStop` runs; the service starts again on
   * the swapped database.
   */
  async function rebuild(beforeStop: () => Promise<void> = async () => undefined, afterStop: () => Promise<void> = async () => undefined): Promise<RebuildReport> {
    const report = await rebuildStatistics({
      log: (l) => lines.push(l),
      stopLive: async () => {
        await beforeStop();
        await stop();
        await afterStop();
      },
    });
    await start();
    return report;
  }

  const entry = bondedEntry();
  const entryEnvelope = envelopeOf(WarehouseEvents.VerificationListApproved, entry.verificationListId, entry);
  const bonded = releasedList('1210', 'I', [line(1, '200.00'), line(2, '100.00', '3304990000', '111')], { emsNo: 'T88000000001' });
  const directMail = releasedList('9610', 'I', [line(1, '50.00', '6109100000', '502')], { ebcCode: '5401960012', releasedAt: '2026-04-02T01:00:00Z' });
  const b2bExport = releasedList('9710', 'E', [line(1, '800.00', '5702420000', '142')], { ebcCode: '5401960013' });
  const exportReturn = returnOf(b2bExport, [[1, '200.00']]);

  beforeAll(async () => {
    producer = await startTestPublisher();
    await start();
    bureau = (await svc.app.get(ApiKeyStore).issue({ name: 'Commerce bureau', role: 'bureau' })).key;
    const sent: EventEnvelope<object>[] = [await send(WarehouseEvents.VerificationListApproved, entryEnvelope)];
    for (const list of [bonded, directMail, b2bExport]) sent.push(await publish(DeclarationEvents.InventoryListReleased, list.listId, list));
    // Keyed by its list, as declarations publishes it: the same partition, so after its list in any replay.
    sent.push(await publish(DeclarationEvents.InventoryListReturned, exportReturn.listId, exportReturn));
    expect((await settled.untilIds(sent.map((e) => e.id))).map((m) => m.outcome)).toEqual(['handled', 'handled', 'handled', 'handled', 'handled']);
  });

  afterAll(async () => {
    await stop();
    await producer?.stop();
    await dropNamespaceDatabases();
  });

  it('rebuilds the live figures exactly, swaps the rebuilt model in, and counts later events once', async () => {
    expect((await figures()).summary).toMatchObject({
      border: { import: '1550.00', export: '600.00', total: '2150.00' },
      retail: { import: '350.00', export: '600.00', total: '950.00' },
      documents: 4,
    });

    // A list the live service counts while the rebuild runs, after the rebuild caught up with it once.
    const during = releasedList('9710', 'E', [line(1, '40.00', '5702420000', '142')], { ebcCode: '5401960013' });
    // One released after the live service stopped: neither model has it at the swap; the restarted service counts it.
    const afterStop = releasedList('9610', 'I', [line(1, '5.00', '6109100000', '502')], { ebcCode: '5401960012', releasedAt: '2026-04-03T01:00:00Z' });
    let afterStopEnvelope: EventEnvelope<InventoryListReleasedV1> | undefined;
    let live: Awaited<ReturnType<typeof figures>> | undefined;
    const report = await rebuild(
      async () => {
        const envelope = await publish(DeclarationEvents.InventoryListReleased, during.listId, during);
        await settled.untilId(envelope.id);
        live = await figures();
      },
      async () => {
        afterStopEnvelope = await publish(DeclarationEvents.InventoryListReleased, afterStop.listId, afterStop);
      },
    );
    expect(live!.summary).toMatchObject({ border: { export: '640.00' }, documents: 5 });
    expect(report).toMatchObject({ service: 'statistics', dryRun: false, identical: true, differences: [], deadLettered: 0 });
    expect(report.messages).toBeGreaterThanOrEqual(6);
    expect(lines.join('\n')).toMatch(/swapped: lhasa_it_\w+_statistics now holds the rebuilt model/);
    // The rebuilt model ended exactly where the live one did: the list released after the stop is new to it.
    expect((await settled.untilId(afterStopEnvelope!.id)).outcome).toBe('handled');
    expect((await figures()).summary).toEqual({ ...live!.summary, border: { import: '1555.00', export: '640.00', total: '2195.00' }, retail: { import: '355.00', export: '640.00', total: '995.00' }, documents: 6 });
    expect(lines.join('\n')).toMatch(/caught up with the final live position/);
    // The previous model was dropped (no --keep-old), the rebuilt one has taken the live name.
    const databases: { datname: string }[] = await svc.app.get(DataSource).query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`lhasa_${process.env.DATABASE_NAMESPACE}_statistics%`]);
    expect(databases.map((d) => d.datname)).toEqual([`lhasa_${process.env.DATABASE_NAMESPACE}_statistics`]);

    // After the swap: a new list is counted, a redelivered old event is a duplicate (the rebuilt inbox knows it).
    const later = releasedList('9610', 'I', [line(1, '10.00', '6109100000', '502')], { ebcCode: '5401960012', releasedAt: '2026-04-03T01:00:00Z' });
    const laterEnvelope = await publish(DeclarationEvents.InventoryListReleased, later.listId, later);
    await send(WarehouseEvents.VerificationListApproved, entryEnvelope);
    await settled.untilIds([laterEnvelope.id]);
    const redelivered = await settled.untilId(entryEnvelope.id);
    expect([settled.withIds([laterEnvelope.id])[0].outcome, redelivered.outcome]).toEqual(['handled', 'duplicate']);
    // Nothing from before the swap was handled again by the restarted service.
    expect(settled.settled.filter((m) => m.outcome === 'handled').map((m) => m.id)).toEqual([afterStopEnvelope!.id, laterEnvelope.id]);
    expect((await figures()).summary).toMatchObject({
      border: { import: '1565.00', export: '640.00', total: '2205.00' },
      retail: { import: '365.00', export: '640.00', total: '1005.00' },
      documents: 7,
    });
  });

  it('restores a fact the live model lost, and names what differs', async () => {
    const whole = await figures();
    // A projection bug, simulated: the direct-mail list's RETAIL fact is gone from the live model.
    await svc.app.get(DataSource).query(`DELETE FROM trade_facts WHERE source_id = $1 AND basis = 'RETAIL'`, [directMail.listId]);
    expect((await figures()).summary.retail.import).toBe('315.00');

    const report = await rebuild();
    expect(report.identical).toBe(false);
    expect(report.differences).toEqual(
      expect.arrayContaining([
        { figure: 'facts INVENTORY_LIST', before: '11', after: '12' },
        { figure: 'CNY RETAIL I 2026-04 9610', before: '1500 fen in 2 facts', after: '6500 fen in 3 facts' },
      ]),
    );
    expect(await figures()).toEqual(whole);
  });
});
