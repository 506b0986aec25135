import { BusinessKeys } from '@lhasa/contracts';
import { parseCebReceipt } from '@lhasa/domain';
import { exportListCancel, FIXED_PARTIES } from '../../../tests/support/ceb-documents';
import { arrivalReport, departureReport, exportSet, keysOf, summaryApplication } from '../../../tests/support/ceb-export-documents';
import { call } from '../../../tests/support/http-client';
import { waitFor } from '../../../tests/support/wait-for';
import { planMatchedListReceipts } from '../src/domain/receipt-plan';
import { drawListFate } from '../src/domain/seeded-random';
import { drawEntryId } from '../src/domain/summary-numbers';
import { SimulatorHarness, startSimulator } from './support/simulator-harness';

const SEED = 'export-int-spec';
const RATES = { inspectionRate: 0.4, holdRate: 0.25 };
process.env.SIMULATOR_STEP_DELAY_MS = '0';
process.env.SIMULATOR_PARTNER_WAIT_MS = '1500';
process.env.SIMULATOR_PARTNER_SWEEP_MS = '100';
process.env.SIMULATOR_SEED = SEED;
process.env.SIMULATOR_INSPECTION_RATE = String(RATES.inspectionRate);
process.env.SIMULATOR_HOLD_RATE = String(RATES.holdRate);

jest.setTimeout(60000);

type ExportSet = ReturnType<typeof exportSet>;

/** The receipts a matched list gets: its fate is the seed's, whatever the order documents arrive in. */
const planned = (set: ExportSet) => planMatchedListReceipts(0, drawListFate(SEED, set.keys.list, RATES)).map((r) => r.returnStatus);

/** An export set of `mode` whose list this seed releases (not held), for the flows that need release. */
function releasedSet(prefix: string, mode = '9610', overrides: Parameters<typeof exportSet>[2] = {}): ExportSet {
  for (let i = 1; ; i++) {
    const set = exportSet(`${prefix}-${i}`, mode, overrides);
    if (!drawListFate(SEED, set.keys.list, RATES).held) return set;
  }
}

describe('customs simulator: export lists, arrival, departure, summaries and cancels (Kafka + PostgreSQL)', () => {
  let sim: SimulatorHarness;

  const submitSet = async (set: ExportSet, parts: Array<'order' | 'paymentReceipt' | 'waybill' | 'list'> = ['order', 'paymentReceipt', 'waybill', 'list']) => {
    const types = { order: 'CEB303', paymentReceipt: 'CEB403', waybill: 'CEB505', list: 'CEB603' } as const;
    for (const part of parts) await sim.submit(types[part], set.keys[part], set[part], set.order.orderNo);
  };

  /** Files a set, waits for its list's 800 and returns its invtNo. */
  const release = async (set: ExportSet, parts?: Array<'order' | 'paymentReceipt' | 'waybill' | 'list'>) => {
    await submitSet(set, parts);
    const receipts = await sim.waitForStatuses('CEB603', set.keys.list, planned(set));
    expect(receipts[receipts.length - 1].returnStatus).toBe(800);
    return receipts[0].invtNo!;
  };

  beforeAll(async () => {
    sim = await startSimulator();
  });

  afterAll(async () => {
    for (const name of ['SIMULATOR_STEP_DELAY_MS', 'SIMULATOR_PARTNER_WAIT_MS', 'SIMULATOR_PARTNER_SWEEP_MS', 'SIMULATOR_SEED', 'SIMULATOR_INSPECTION_RATE', 'SIMULATOR_HOLD_RATE']) {
      delete process.env[name];
    }
    await sim?.stop();
  });

  it('matches 9610 lists with order, receipt of payment and waybill; each gets the receipts its seed draws (inspections, holds), as CEB604 XML', async () => {
    const sets = Array.from({ length: 8 }, (_, i) => exportSet(`EXP-FATE-${i}`));
    for (const set of sets) await submitSet(set);
    for (const set of sets) {
      await sim.waitForStatuses('CEB303', set.keys.order, [120]);
      await sim.waitForStatuses('CEB403', set.keys.paymentReceipt, [120]);
      await sim.waitForStatuses('CEB505', set.keys.waybill, [120]);
      const receipts = await sim.waitForStatuses('CEB603', set.keys.list, planned(set));
      expect(receipts[0].invtNo).toMatch(/^8800\d{4}E\d{9}$/);
      expect(receipts[0].preNo).toMatch(/^B\d{17}$/);
      expect(new Set(receipts.map((r) => r.invtNo))).toEqual(new Set([receipts[0].invtNo]));
      for (const receipt of receipts) {
        expect(parseCebReceipt(receipt.xml!)).toMatchObject({
          receiptMessageType: 'CEB604',
          returns: [{ returnStatus: receipt.returnStatus, invtNo: receipt.invtNo, copNo: set.list.copNo, orderNo: set.order.orderNo }],
        });
      }
    }
    const fates = sets.map((s) => planned(s).join());
    // The seed draws both fates among these lists: some released, some held after an inspection.
    expect(fates.some((f) => f.endsWith('800'))).toBe(true);
    expect(fates.some((f) => f.endsWith('500,501'))).toBe(true);
    expect(parseCebReceipt(sim.receipts('CEB303', sets[0].keys.order)[0].xml!)).toMatchObject({ receiptMessageType: 'CEB304' });
    expect(parseCebReceipt(sim.receipts('CEB403', sets[0].keys.paymentReceipt)[0].xml!)).toMatchObject({ receiptMessageType: 'CEB404' });
    expect(parseCebReceipt(sim.receipts('CEB505', sets[0].keys.waybill)[0].xml!)).toMatchObject({ receiptMessageType: 'CEB506' });
  });

  it('lets an export list wait for its partners, the waybill last, then clears it', async () => {
    const set = releasedSet('EXP-WAIT');
    await submitSet(set, ['list', 'order', 'paymentReceipt']);
    const waiting = await waitFor(() => sim.document('CEB603', set.keys.list), (r) => r.body.waitingFor?.missing?.join() === 'waybill');
    expect(waiting.body.status).toBe('WAITING');
    await submitSet(set, ['waybill']);
    await sim.waitForStatuses('CEB603', set.keys.list, planned(set));
  });

  it('rejects a 9610 list whose receipt of payment never comes, naming it', async () => {
    const set = exportSet('EXP-NORECEIPT-1');
    await submitSet(set, ['order', 'waybill', 'list']);
    const [rejected] = await sim.waitForStatuses('CEB603', set.keys.list, [100], 10000);
    expect(rejected.returnInfo).toBe('partners missing: paymentReceipt');
    // Every export list receipt names the list by its invtNo, a rejected one too.
    expect(parseCebReceipt(rejected.xml!)).toMatchObject({ receiptMessageType: 'CEB604', returns: [{ returnStatus: 100, invtNo: rejected.invtNo }] });
  });

  it('matches 9710 and 9810 lists without a receipt of payment, with orders of type B and W', async () => {
    for (const mode of ['9710', '9810']) {
      const set = releasedSet(`EXP-${mode}`, mode);
      await release(set, ['order', 'waybill', 'list']);
    }
  });

  it('rejects an order whose type does not fit the mode, and lines, goods value or currency that disagree with the order, with the rule', async () => {
    const wrongType = exportSet('EXP-TYPE-1', '9710', { order: { orderType: 'E' } });
    await submitSet(wrongType, ['order', 'waybill', 'list']);
    const [typeRejected] = await sim.waitForStatuses('CEB603', wrongType.keys.list, [100]);
    expect(typeRejected.returnInfo).toBe('order.orderType "E" does not fit list.tradeMode 9710, which is ordered with "B"');

    const base = exportSet('EXP-LINES-1');
    const lines = [{ ...base.list.lines[0], qty: '2', totalPrice: '400.00' }, { ...base.list.lines[1], currency: '502' }];
    const disagreeing = exportSet('EXP-LINES-1', '9610', { list: { lines } });
    await submitSet(disagreeing);
    const [linesRejected] = await sim.waitForStatuses('CEB603', disagreeing.keys.list, [100]);
    expect(linesRejected.returnInfo.split('; ')).toEqual([
      'list.lines.0.qty 2 differs from order.items.0.qty 1',
      'list.lines.0.totalPrice 400.00 differs from order.items.0.totalPrice 200.00',
      'list goods value (Σ lines.totalPrice) 500.00 differs from order.goodsValue 300.00',
      'list.lines.1.currency "502" differs from order.currency "142"',
    ]);
  });

  it('accepts an arrival of released waybills, refuses unknown ones; a departure needs the arrival, then closes the lists (899)', async () => {
    const a = releasedSet('EXP-MOVE-A');
    const b = releasedSet('EXP-MOVE-B');
    await release(a);
    await release(b);
    const code = a.list.logisticsCode;

    const early = departureReport('DEP-EARLY', code, [a.list.logisticsNo]);
    await sim.submit('CEB509', keysOf.departure(early), early);
    const [refusedDeparture] = await sim.waitForStatuses('CEB509', keysOf.departure(early), [100]);
    expect(refusedDeparture.returnInfo).toBe(`waybills of ${code} not arrived: ${a.list.logisticsNo}`);

    const unknown = arrivalReport('ARR-UNKNOWN', code, [a.list.logisticsNo, 'NOSUCHWAYBILL']);
    await sim.submit('CEB507', keysOf.arrival(unknown), unknown);
    const [refusedArrival] = await sim.waitForStatuses('CEB507', keysOf.arrival(unknown), [100]);
    expect(refusedArrival.returnInfo).toBe(`waybills not on a released export list of ${code}: NOSUCHWAYBILL`);

    const arrival = arrivalReport('ARR-1', code, [a.list.logisticsNo, b.list.logisticsNo]);
    await sim.submit('CEB507', BusinessKeys.arrival(arrival), arrival);
    const arrived = await sim.waitForStatuses('CEB507', BusinessKeys.arrival(arrival), [120, 399]);
    expect(parseCebReceipt(arrived[1].xml!)).toMatchObject({ receiptMessageType: 'CEB508', returns: [{ copNo: 'ARR-1', logisticsCode: code, returnStatus: 399 }] });

    const departure = departureReport('DEP-1', code, [a.list.logisticsNo, b.list.logisticsNo]);
    await sim.submit('CEB509', BusinessKeys.departure(departure), departure);
    const departed = await sim.waitForStatuses('CEB509', BusinessKeys.departure(departure), [120, 399]);
    expect(parseCebReceipt(departed[0].xml!)).toMatchObject({ receiptMessageType: 'CEB510' });
    for (const set of [a, b]) {
      const receipts = await sim.waitForStatuses('CEB603', set.keys.list, [...planned(set), 899]);
      expect(receipts[receipts.length - 1]).toMatchObject({ returnStatus: 899, returnInfo: '[Code:2899;Desc:结关]' });
      expect(Date.parse(receipts[receipts.length - 1].returnTime)).toBeGreaterThanOrEqual(Date.parse(departed[1].returnTime));
      expect((await sim.document('CEB603', set.keys.list)).body).toMatchObject({ arrivedAt: expect.any(String), departedAt: expect.any(String) });
    }

    // A departed list can no longer be cancelled.
    const cancel = exportListCancel(FIXED_PARTIES, a.list.copNo, sim.receipts('CEB603', a.keys.list)[0].invtNo!);
    await sim.submit('CEB605', keysOf.listCancel(cancel), cancel);
    const [refusedCancel] = await sim.waitForStatuses('CEB605', keysOf.listCancel(cancel), [100]);
    expect(refusedCancel.returnInfo).toBe(`list ${cancel.invtNo} departed; it can no longer be cancelled`);
  });

  it('cancels a released export list not yet departed (120, 399); its waybill can then no longer arrive', async () => {
    const set = releasedSet('EXP-CANCEL');
    const invtNo = await release(set);
    const cancel = exportListCancel(FIXED_PARTIES, set.list.copNo, invtNo);
    await sim.submit('CEB605', keysOf.listCancel(cancel), cancel);
    const cancelled = await sim.waitForStatuses('CEB605', keysOf.listCancel(cancel), [120, 399]);
    expect(parseCebReceipt(cancelled[1].xml!)).toMatchObject({ receiptMessageType: 'CEB606', returns: [{ invtNo, returnStatus: 399 }] });
    expect((await sim.document('CEB603', set.keys.list)).body).toMatchObject({ status: 'CANCELLED', cancelledAt: expect.any(String) });

    const arrival = arrivalReport('ARR-CANCELLED', set.list.logisticsCode, [set.list.logisticsNo]);
    await sim.submit('CEB507', keysOf.arrival(arrival), arrival);
    await sim.waitForStatuses('CEB507', keysOf.arrival(arrival), [100]);

    const again = { ...exportListCancel(FIXED_PARTIES, set.list.copNo, invtNo), agentCode: '5401960009' };
    await sim.submit('CEB605', keysOf.listCancel(again), again);
    const [refused] = await sim.waitForStatuses('CEB605', keysOf.listCancel(again), [100]);
    expect(refused.returnInfo).toBe(`list ${invtNo} already cancelled`);
  });

  it('summarises released 9610 lists of a period: 120, then the summary result (CEB792) with sumNo, entryId drawn from the seed and decState', async () => {
    const first = releasedSet('EXP-SUM-A');
    const second = releasedSet('EXP-SUM-B');
    const b2b = releasedSet('EXP-SUM-B2B', '9710');
    const invtNos = [await release(first), await release(second)];
    const b2bInvtNo = await release(b2b, ['order', 'waybill', 'list']);
    const now = Date.now();
    const period = { startTime: new Date(now - 3600_000).toISOString(), endTime: new Date(now + 3600_000).toISOString() };

    const application = summaryApplication('SUM-1', invtNos, period);
    const key = keysOf.summary(application);
    await sim.submit('CEB701', key, application);
    const [stored, result] = await sim.waitForStatuses('CEB701', key, [120, 399]);
    expect(parseCebReceipt(stored.xml!)).toMatchObject({ receiptMessageType: 'CEB702' });
    const year = new Date(now + 8 * 3600_000).getUTCFullYear();
    expect(result).toMatchObject({
      sumNo: expect.stringMatching(/^8800\d{4}H\d{9}$/),
      entryId: drawEntryId(SEED, key, '8800', year),
      decState: '10',
      returnInfo: '[Code:2600;Desc:汇总完成]',
    });
    expect(result.entryId).toMatch(/^\d{18}$/);
    const xml = parseCebReceipt(result.xml!);
    expect(xml).toMatchObject({ receiptMessageType: 'CEB792', answers: 'CEB701' });
    const summaryResult = xml.returns[0] as { sumNo: string; entryId: string; lists: Array<{ invtNo: string }> };
    expect([summaryResult.sumNo, summaryResult.entryId]).toEqual([result.sumNo, result.entryId]);
    expect(summaryResult.lists.map((l) => l.invtNo)).toEqual([invtNos[0], invtNos[0], invtNos[1], invtNos[1]].sort());

    const overlapping = summaryApplication('SUM-2', [invtNos[1], b2bInvtNo, '88002026E999999999'], period);
    await sim.submit('CEB701', keysOf.summary(overlapping), overlapping);
    const [refused] = await sim.waitForStatuses('CEB701', keysOf.summary(overlapping), [100]);
    expect(refused.returnInfo).toBe(
      `lists in another summary: ${invtNos[1]} (${result.sumNo}); lists not of a summarised mode (9610): ${b2bInvtNo}; lists not found: 88002026E999999999`,
    );

    // A list a summary holds cannot be cancelled.
    const cancel = exportListCancel(FIXED_PARTIES, first.list.copNo, invtNos[0]);
    await sim.submit('CEB605', keysOf.listCancel(cancel), cancel);
    const [cancelRefused] = await sim.waitForStatuses('CEB605', keysOf.listCancel(cancel), [100]);
    expect(cancelRefused.returnInfo).toBe(`list ${invtNos[0]} is in summary ${result.sumNo}`);
  });

  it('answers a resend of an accepted summary with its result again, unchanged', async () => {
    const application = summaryApplication('SUM-1', ['88002026E000000001'], { startTime: '2026-01-01T00:00:00.000Z', endTime: '2026-01-02T00:00:00.000Z' });
    const key = keysOf.summary(application);
    const before = sim.receipts('CEB701', key);
    await sim.submit('CEB701', key, application);
    await waitFor(async () => sim.receipts('CEB701', key).length, (n) => n > before.length);
    expect(sim.receipts('CEB701', key).slice(-1)[0]).toEqual(before[before.length - 1]);
  });

  it('shows its settings, the new ones included', async () => {
    expect(await call(sim.svc.url, 'GET', '/settings', { key: sim.admin })).toMatchObject({
      status: 200,
      body: { stepDelayMs: 0, partnerWaitMs: 1500, seed: SEED, ...RATES, returnWindowDays: 30, tax: { vatRate: '0.13', consumptionTaxRate: '0' } },
    });
  });
});
