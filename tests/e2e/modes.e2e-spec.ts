// Every mode end to end: the four services built and running as processes against the real broker
// and database, driven over HTTP exactly as `npm run demo` drives them (the 1210 story first, then
// tests/support/mode-flows.ts on its ledger).
import { dropNamespaceDatabases } from '../support/databases';
import { e2eEnvironment, flowUrlsOf, untilStatisticsCaughtUpIn } from '../support/e2e-environment';
import { runGateDay, takeOrdersOut } from '../support/gate-day-flow';
import { runModeFlows } from '../support/mode-flows';
import { issueKeys, newRun, partiesFor, runSagaFlow } from '../support/saga-flow';

// The process orchestration is shared with `npm start` (Node built-ins, CommonJS).
const { startServices } = require('../../scripts/lib/services.cjs');

jest.setTimeout(900000);

// The simulator's step delay as `npm start` has it (300 ms), so the cancel races customs as in the demo.
const { namespace, env } = e2eEnvironment('e2e_modes', { SIMULATOR_STEP_DELAY_MS: '300', AUTH_CACHE_TTL_MS: '1000' });

describe('every mode across all four services', () => {
  let services: any;

  beforeAll(async () => {
    services = await startServices({
      env,
      // Beside the saga e2e's 3101–3104, so the two files can run at once.
      ports: { declarations: 3111, warehouse: 3112, statistics: 3113, 'customs-simulator': 3114 },
      output: 'none',
      logDir: `.local/logs/${namespace}`,
    });
  });

  afterAll(async () => {
    await services?.stop();
    await dropNamespaceDatabases(namespace);
  });

  it('walks 9610/1239 import, 9610/1210/9710/9810 export, a cancel, a return, a summary and one refusal per rule', async () => {
    const urls = flowUrlsOf(services);
    const run = newRun();
    const parties = partiesFor(run);
    const keys = await issueKeys(parties, `e2e ${run}`, env);
    const untilStatisticsCaughtUp = untilStatisticsCaughtUpIn(namespace);
    const lines: string[] = [];
    const saga = await runSagaFlow({ urls, keys, parties, run, untilStatisticsCaughtUp });
    const result = await runModeFlows({ urls, keys, parties, run, saga, untilStatisticsCaughtUp, log: (line) => lines.push(line) });

    // 9610 import: released with customs' tax bill, then partly returned.
    expect(result.directImport.list).toMatchObject({ tradeMode: '9610', ieFlag: 'I', status: 'RELEASED', returnStatus: 800 });
    expect(result.directImport.list.emsNo ?? null).toBeNull();
    expect(result.directImport.returnRequest).toMatchObject({ status: 'APPROVED', returnedValue: '50.00' });
    expect(result.directImport.returned).toMatchObject({ status: 'RETURNED', return: { status: 'APPROVED', returnedValue: '50.00' } });
    expect(result.directImport.returned.tax.customs).toMatchObject({ status: '3', differenceFromComputed: '0.00' });
    expect(result.directImport.returned.tax.afterReturn).toMatchObject({ returnedValue: '50.00' });

    expect(result.bondedImport1239).toMatchObject({ tradeMode: '1239', status: 'RELEASED', invtNo: expect.stringMatching(/^8800\d{4}I\d{9}$/) });

    // 9610 export: arrived, departed and closed, then summarised.
    expect(result.directExport.list).toMatchObject({ tradeMode: '9610', ieFlag: 'E', status: 'CLOSED', invtNo: expect.stringMatching(/^8800\d{4}E\d{9}$/) });
    expect(result.directExport.list.arrivedAt).toEqual(expect.any(String));
    expect(result.directExport.list.departedAt).toEqual(expect.any(String));
    expect(result.directExport.summary).toMatchObject({ status: 'APPROVED', lists: [{ invtNo: result.directExport.list.invtNo }] });
    expect(result.directExport.summary.entryId).toMatch(/^\d{18}$/);

    expect(result.bondedExport.list).toMatchObject({ tradeMode: '1210', ieFlag: 'E', status: 'RELEASED' });
    expect(Number(result.bondedExport.preReduced.after) - Number(result.bondedExport.preReduced.before)).toBe(3);
    expect(result.b2bExport).toMatchObject({ tradeMode: '9710', status: 'RELEASED' });
    expect(result.overseasExport.list).toMatchObject({ tradeMode: '9810', status: 'RELEASED', overseasWarehouseCode: result.overseasExport.warehouse.code });
    expect(result.overseasExport.stock.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ownerCode: parties.ebc, gcode: '5702420000', received: '1' }),
        expect.objectContaining({ ownerCode: parties.ebc, gcode: '3307410000', received: '10' }),
      ]),
    );

    // The cancel: CANCELLED, its pre-reduction back on the line.
    expect(result.cancel.list).toMatchObject({ status: 'CANCELLED', rejectStage: 'cancelled' });
    expect(result.cancel.cancellation).toMatchObject({ status: 'APPROVED', messageType: 'CEB623' });
    expect(result.cancel.preReduced.after).toBe(result.cancel.preReduced.before);
    expect(Number(result.cancel.preReduced.during) - Number(result.cancel.preReduced.before)).toBe(5);

    expect(result.refusals.map((r) => [r.status, r.code])).toEqual([
      [422, 'MODE.EXPORT_ONLY'],
      [422, 'MODE.IMPORT_ONLY'],
      [422, 'LIST.NEEDS_CUSTOMS_DECLARATION'],
      [422, 'MODE.EMS_NO_REQUIRED'],
      [422, 'LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED'],
      [422, 'LIST.ORDER_TYPE_MISMATCH'],
      [422, 'RETURN.LIST_FINAL'],
      [100, 'CUSTOMS.REJECTED'],
    ]);

    // Statistics: the saga's 160.00 retail, then 9610 import 200 − 50 returned, 1239 240, the
    // four exports 300 + 240 + 300 + 300 (and a 1210 list of 400 when a cancel lost its race).
    const lostRace = (result.cancel.attempts - 1) * 400;
    expect(result.statistics).toEqual({ retail: `${160 + 150 + 240 + 1140 + lostRace}.00`, border: `${150 + 1140}.00` });
    expect(lines.some((l) => l.startsWith('9810 overseas warehouse'))).toBe(true);

    // A day at the gate on a fresh ledger: two trucks in, one refused, a stock-take, lots, turnover.
    const gateLines: string[] = [];
    const gateDay = await runGateDay({ urls, keys, run, log: (line) => gateLines.push(line) });
    expect(gateDay.passes.map((p) => [p.status, p.bindTypecd])).toEqual([['PASSED', '3'], ['PASSED', '3']]);
    expect(gateDay.refused).toMatchObject({ status: 'REFUSED', refusalReason: 'seal broken on arrival' });
    expect(gateDay.stockTake).toMatchObject({ difference: '-1', movementKind: 'STOCKTAKE_LOSS' });
    expect(gateDay.line).toMatchObject({ onHand: '89', quantities: expect.objectContaining({ preIncreased: '100', actualIncreased: '90' }) });
    expect(gateDay.lots.filter((l) => l.source === 'GATE_IN').map((l) => l.qty)).toEqual(['60', '30']);
    expect(gateDay.turnover.period.gatePassages).toBe(2);
    expect(gateLines.filter((l) => l.startsWith('  turnover '))).toHaveLength(1);

    // The demo's end of the day: two orders released and taken out together on one exit list and truck.
    const out = await takeOrdersOut({ urls, keys, parties, run, gateDay, orders: [2, 3] });
    expect(out.exit).toMatchObject({ bondInvtTypecd: '8', inventoryListIds: out.lists.map((l) => l.id) });
    expect(out.line).toMatchObject({ onHand: '84', quantities: { preIncreased: '100', actualIncreased: '90', preReduced: '5', actualReduced: '5' } });
    // By hand: 5 out at 1.00; the day closes at 84 on hand; 3 gate passages (2 in, 1 out).
    expect(out.turnover.period).toMatchObject({ outboundQuantity: '5', outboundValue: '5.00', gatePassages: 3 });
  });
});
