import { DataSource } from 'typeorm';
import { parseCebReceipt } from '@lhasa/domain';
import { cebSet, listCancel, listReturn } from '../../../tests/support/ceb-documents';
import { keysOf } from '../../../tests/support/ceb-export-documents';
import { waitFor } from '../../../tests/support/wait-for';
import { SimulatorHarness, startSimulator } from './support/simulator-harness';

// One second a step, so a cancel sent on the list's 120 surely arrives before its release.
process.env.SIMULATOR_STEP_DELAY_MS = '1000';
process.env.SIMULATOR_SEED = 'cancel-int-spec';
process.env.SIMULATOR_TAX_VAT_RATE = '0.13';

jest.setTimeout(60000);

type ImportSet = ReturnType<typeof cebSet>;

describe('customs simulator: import cancels, returns and tax bills (Kafka + PostgreSQL)', () => {
  let sim: SimulatorHarness;

  const submitSet = async (set: ImportSet, parts: Array<'order' | 'payment' | 'waybill' | 'list'> = ['order', 'payment', 'waybill', 'list']) => {
    const types = { order: 'CEB311', payment: 'CEB411', waybill: 'CEB511', list: 'CEB621' } as const;
    for (const part of parts) await sim.submit(types[part], set.keys[part], set[part], set.order.orderNo);
  };

  const release = async (set: ImportSet) => {
    await submitSet(set);
    const receipts = await sim.waitForStatuses('CEB621', set.keys.list, [120, 399, 800]);
    return receipts[0].invtNo!;
  };

  beforeAll(async () => {
    sim = await startSimulator();
  });

  afterAll(async () => {
    for (const name of ['SIMULATOR_STEP_DELAY_MS', 'SIMULATOR_SEED', 'SIMULATOR_TAX_VAT_RATE']) delete process.env[name];
    await sim?.stop();
  });

  it('issues the tax bill (CEB816) of a released import list at its own rates: VAT 9.1 % of goods + freight, status 1', async () => {
    const set = cebSet('ORD-TAX-1');
    const invtNo = await release(set);
    const [bill] = await waitFor(async () => sim.taxBills(set.keys.list), (bills) => bills.length >= 1);
    expect(bill).toMatchObject({ businessKey: set.keys.list, invtNo, taxNo: `${invtNo}01`, customsTax: '0.00', valueAddedTax: '19.11', consumptionTax: '0.00', status: '1' });
    const xml = parseCebReceipt(bill.xml!);
    expect(xml).toMatchObject({ receiptMessageType: 'CEB816', answers: 'CEB621', returns: [{ invtNo, taxNo: bill.taxNo, valueAddedTax: '19.11', status: '1' }] });
    expect((xml.returns[0] as { lines: unknown[] }).lines).toEqual([
      { gnum: 1, gcode: '0902109000', taxPrice: '210.00', customsTax: '0.00', valueAddedTax: '19.11', consumptionTax: '0.00' },
    ]);
    expect((await sim.document('CEB621', set.keys.list)).body.taxBill).toMatchObject({ taxNo: bill.taxNo, valueAddedTax: '19.11', status: '1', voidedAt: null });
  });

  it('approves a return within the window (120, 399) and voids the tax bill (status 3)', async () => {
    const set = cebSet('ORD-RETURN-1');
    const invtNo = await release(set);
    const request = listReturn(set.list, invtNo);
    await sim.submit('CEB625', keysOf.listReturn(request), request);
    const receipts = await sim.waitForStatuses('CEB625', keysOf.listReturn(request), [120, 399]);
    expect(parseCebReceipt(receipts[1].xml!)).toMatchObject({ receiptMessageType: 'CEB626', returns: [{ invtNo, returnStatus: 399 }] });
    const bills = await waitFor(async () => sim.taxBills(set.keys.list), (b) => b.length >= 2);
    expect(bills.map((b) => b.status)).toEqual(['1', '3']);
    expect(bills[1]).toMatchObject({ taxNo: bills[0].taxNo, valueAddedTax: bills[0].valueAddedTax });
    expect(Date.parse(bills[1].returnTime)).toBeGreaterThanOrEqual(Date.parse(receipts[1].returnTime));
    expect((await sim.document('CEB621', set.keys.list)).body).toMatchObject({ returnedAt: expect.any(String), taxBill: { status: '3', voidedAt: expect.any(String) } });
  });

  it('refuses a return received after the window, a line that was not declared or exceeds it, and an unknown list', async () => {
    const set = cebSet('ORD-RETURN-LATE');
    const invtNo = await release(set);
    // 31 days pass: the list was released a month ago.
    await sim.svc.app.get(DataSource).query("UPDATE customs_documents SET released_at = released_at - interval '31 days' WHERE invt_no = $1", [invtNo]);
    const late = listReturn(set.list, invtNo);
    await sim.submit('CEB625', keysOf.listReturn(late), late);
    const [refusedLate] = await sim.waitForStatuses('CEB625', keysOf.listReturn(late), [100]);
    expect(refusedLate.returnInfo).toMatch(new RegExp(`^list ${invtNo} returned after 30 days of its release`));

    const other = cebSet('ORD-RETURN-LINES');
    const otherInvtNo = await release(other);
    const line = other.list.lines[0];
    const tooMuch = listReturn(other.list, otherInvtNo, [
      { gnum: 1, qty: '3' },
      { gnum: 2, gcode: line.gcode, qty: '1' },
    ]);
    await sim.submit('CEB625', keysOf.listReturn(tooMuch), tooMuch);
    const [refusedLines] = await sim.waitForStatuses('CEB625', keysOf.listReturn(tooMuch), [100]);
    expect(refusedLines.returnInfo).toBe(`lines.0.qty 3 exceeds the 2 declared; lines.1: gnum 2 is not a line of list ${otherInvtNo}`);

    const unknown = listReturn(other.list, '88002026I999999999');
    await sim.submit('CEB625', keysOf.listReturn(unknown), unknown);
    const [refusedUnknown] = await sim.waitForStatuses('CEB625', keysOf.listReturn(unknown), [100]);
    expect(refusedUnknown.returnInfo).toBe('list 88002026I999999999 not found');
    // Nothing was voided: the bills stay generated.
    await sim.caughtUp();
    expect(sim.taxBills(set.keys.list).map((b) => b.status)).toEqual(['1']);
  });

  it('refuses to cancel a released 9610 import list: released; file a return', async () => {
    const set = cebSet('ORD-CANCEL-LATE', { list: { tradeMode: '9610', emsNo: undefined, areaCode: undefined } });
    const invtNo = await release(set);
    const cancel = listCancel(set.list, invtNo);
    await sim.submit('CEB623', keysOf.listCancel(cancel), cancel);
    const [refused] = await sim.waitForStatuses('CEB623', keysOf.listCancel(cancel), [100]);
    expect(refused.returnInfo).toBe(`list ${invtNo} released; file a return`);
    expect(parseCebReceipt(refused.xml!)).toMatchObject({ receiptMessageType: 'CEB624', returns: [{ invtNo, returnStatus: 100 }] });
    await sim.caughtUp();
    expect((await sim.document('CEB621', set.keys.list)).body).toMatchObject({ cancelledAt: null, taxBill: { status: '1' } });
  });

  it.each(['1210', '1239'])('approves the cancel of a released %s list, its goods still in the zone (120, 399): the list is cancelled and its tax bill void', async (tradeMode) => {
    const set = cebSet(`ORD-CNL-${tradeMode}`, { list: { tradeMode } });
    const invtNo = await release(set);
    await waitFor(async () => sim.taxBills(set.keys.list), (b) => b.length === 1);
    const cancel = listCancel(set.list, invtNo);
    await sim.submit('CEB623', keysOf.listCancel(cancel), cancel);
    const receipts = await sim.waitForStatuses('CEB623', keysOf.listCancel(cancel), [120, 399]);
    expect(parseCebReceipt(receipts[1].xml!)).toMatchObject({ receiptMessageType: 'CEB624', returns: [{ invtNo, returnStatus: 399 }] });
    const bills = await waitFor(async () => sim.taxBills(set.keys.list), (b) => b.length >= 2);
    expect(bills.map((b) => b.status)).toEqual(['1', '3']);
    expect((await sim.document('CEB621', set.keys.list)).body).toMatchObject({
      status: 'CANCELLED',
      releasedAt: expect.any(String),
      cancelledAt: expect.any(String),
      taxBill: { status: '3', voidedAt: expect.any(String) },
    });
    // Cancelled: no return can follow it, and the list has no receipt after its release.
    const back = listReturn(set.list, invtNo);
    await sim.submit('CEB625', keysOf.listReturn(back), back);
    const [refusedReturn] = await sim.waitForStatuses('CEB625', keysOf.listReturn(back), [100]);
    expect(refusedReturn.returnInfo).toBe(`list ${invtNo} already cancelled`);
    expect(sim.statuses('CEB621', set.keys.list)).toEqual([120, 399, 800]);
  });

  it('cancels an import list before its release (120, 399); the list then gets no more receipts and no tax bill', async () => {
    const set = cebSet('ORD-CANCEL-1');
    await submitSet(set);
    const [stored] = await sim.waitForStatuses('CEB621', set.keys.list, [120]);
    const cancel = listCancel(set.list, stored.invtNo!);
    await sim.submit('CEB623', keysOf.listCancel(cancel), cancel);
    await sim.waitForStatuses('CEB623', keysOf.listCancel(cancel), [120, 399]);
    const doc = await sim.document('CEB621', set.keys.list);
    expect(doc.body).toMatchObject({ status: 'CANCELLED', cancelledAt: expect.any(String), scheduled: [] });

    // A list filed after the cancel is released after the cancelled one would have been: once
    // its 800 and tax bill are out, the dispatcher has passed the cancelled list's due times.
    const later = cebSet('ORD-CANCEL-MARKER');
    await release(later);
    await waitFor(async () => sim.taxBills(later.keys.list), (b) => b.length === 1);
    await sim.caughtUp();
    expect([[120], [120, 399]]).toContainEqual(sim.statuses('CEB621', set.keys.list));
    expect(sim.taxBills(set.keys.list)).toEqual([]);
  });
});
