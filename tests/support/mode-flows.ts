// Every customs mode as its users drive it over HTTP, after the 1210 story (saga-flow.ts) has
// stocked the run's zone warehouse: 9610 direct-mail import with customs' tax bill and a consumer
// return, 1239 import from the bonded stock, the four export modes (9610 with arrival, departure
// and its monthly summary; 1210 special-area export from the bonded stock; 9710 B2B; 9810 to a
// registered overseas warehouse), one cancel, one refusal per rule, and the statistics of it all.
// Used by `npm run demo` (compiled, from dist/) and by tests/e2e/modes.e2e-spec.ts, so both walk
// exactly the same path. Every step checks what landed and throws FlowError when it is not what a
// user expects.
import type { ExportInventoryList, ImportInventoryList } from '@lhasa/contracts';
import { formatMoney, formatQuantity, parseMoney, parseQuantity, returnedLineValue } from '@lhasa/domain';
import { listCancel, listReturn } from './ceb-documents';
import { arrivalReport, departureReport, ExportParties, exportSet, summaryRequest } from './ceb-export-documents';
import {
  create,
  expectEqual,
  expectGet,
  fileAndFollow,
  FlowError,
  FlowOptions,
  FlowResult,
  request,
  rowValue,
  sleep,
  STEP_TIMEOUT_MS,
  tradeDocuments,
  until,
} from './saga-flow';

type Json = any;

export interface ModeFlowOptions extends FlowOptions {
  /** What runSagaFlow left: the run's e-ledger and line with stock, the e-commerce company admitted on it as goods owner. */
  saga: Pick<FlowResult, 'emsNo' | 'itemRecordNo'>;
}

/** A rule refused as it should be: what the filer was answered. */
export interface Refusal {
  rule: string;
  status: number;
  code: string;
  field?: string;
  message?: string;
}

/** What a test asserts on after a run. */
export interface ModeFlowResult {
  directImport: { list: Json; returned: Json; returnRequest: Json };
  bondedImport1239: Json;
  directExport: { list: Json; arrival: Json; departure: Json; summary: Json };
  bondedExport: { list: Json; preReduced: { before: string; after: string } };
  b2bExport: Json;
  overseasExport: { list: Json; warehouse: Json; stock: Json; exporterStock: Json; filings: number };
  cancel: { list: Json; cancellation: Json; attempts: number; preReduced: { before: string; during: string; after: string } };
  refusals: Refusal[];
  /** The run's e-commerce company in the bureau's statistics after everything (CNY, net of the return). */
  statistics: { retail: string; border: string };
}

/** List statuses no receipt moves any more, and the released ones. */
const SETTLED = ['RELEASED', 'CLOSED', 'REJECTED', 'CANCELLED', 'RETURNED'];
const settled = (l: Json) => SETTLED.includes(l.status);

/** Says why a list is not in the state expected: its rejection or customs' words. */
function expectListStatus(list: Json, status: string, what: string): void {
  if (list.status === status) return;
  const why = [list.rejectCode, list.rejectReason, list.returnStatus, list.returnInfo].filter((x) => x !== undefined && x !== null).join('; ');
  throw new FlowError(`${what}: expected ${status}, got ${list.status}${why ? ` (${why})` : ''}`);
}

/** The Beijing calendar month holding `at`, as a summary's [startTime, endTime). */
function beijingMonth(at: string): { startTime: string; endTime: string; label: string } {
  const BEIJING = 8 * 3600_000;
  const local = new Date(Date.parse(at) + BEIJING);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  return {
    startTime: new Date(Date.UTC(y, m, 1) - BEIJING).toISOString(),
    endTime: new Date(Date.UTC(y, m + 1, 1) - BEIJING).toISOString(),
    label: `${y}-${String(m + 1).padStart(2, '0')}`,
  };
}

/** Today in Beijing, yyyyMMdd (an export list's ieDate). */
const beijingDate = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');

const addQuantity = (a: string, b: string) => formatQuantity(parseQuantity(a) + parseQuantity(b));

/** Σ of a list's lines' totalPrice: the value statistics count it at (CNY lists only here). */
const goodsValueOf = (list: { lines: ReadonlyArray<{ totalPrice: string }> }) => formatMoney(list.lines.reduce((sum, l) => sum + parseMoney(l.totalPrice), 0n));

/**
 * Runs every mode after runSagaFlow, on its run: `saga` is its result (the stocked e-ledger). The
 * numbers of every document carry the run id, so the walk runs again on the same system.
 */
export async function runModeFlows({ urls, keys, parties, run, saga, log = () => {}, untilStatisticsCaughtUp }: ModeFlowOptions): Promise<ModeFlowResult> {
  const D = urls.declarations;
  const W = urls.warehouse;
  const S = urls.statistics;
  const { emsNo, itemRecordNo } = saga;
  const p: ExportParties = parties;
  const result = { refusals: [] as Refusal[] } as ModeFlowResult;

  const listPath = (id: string) => `/inventory-lists/${id}`;
  const followList = (id: string, what: string) => until(D, listPath(id), keys.agent, settled, what);
  const preReduced = async () => (await expectGet(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, keys.operator)).quantities.preReduced as string;
  const untilPreReduced = (qty: string, what: string) =>
    until(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, keys.operator, (l) => l.quantities.preReduced === qty, what).then((l) => l.quantities.preReduced as string);

  // What the bureau should see for the run's e-commerce company, kept as each list lands: every
  // released list counts as e-commerce retail; border trade only for goods crossing the border
  // with their list (9610 import, every export), since 1210/1239 imports crossed at 一线 already.
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const breakdown = (basis: 'RETAIL' | 'BORDER') => `/statistics/breakdown?year=${year}&basis=${basis}&by=enterprise`;
  const counted = async (basis: 'RETAIL' | 'BORDER') => rowValue(await expectGet(S, breakdown(basis), keys.bureau), parties.ebc) ?? '0.00';
  const expected = { retail: parseMoney(await counted('RETAIL')), border: parseMoney(await counted('BORDER')) };
  const count = (value: string, crossesBorder: boolean, sign = 1n) => {
    expected.retail += sign * parseMoney(value);
    if (crossesBorder) expected.border += sign * parseMoney(value);
  };
  const untilCounted = async (what: string) => {
    const value = async (basis: 'RETAIL' | 'BORDER', want: bigint) =>
      rowValue(await until(S, breakdown(basis), keys.bureau, (rows) => (rowValue(rows, parties.ebc) ?? '0.00') === formatMoney(want), `${what} (${basis})`), parties.ebc) ?? '0.00';
    return { retail: await value('RETAIL', expected.retail), border: await value('BORDER', expected.border) };
  };

  // Export documents of one order of the run, dated today.
  const exportTrade = (tag: string, tradeMode: string, overrides: Parameters<typeof exportSet>[2] = {}) => {
    const set = exportSet(`EO${run}${tag}`, tradeMode, overrides, p);
    return {
      ...set,
      paymentReceipt: { ...set.paymentReceipt, accountingDate: new Date().toISOString() },
      list: { ...set.list, ieDate: beijingDate() } as ExportInventoryList,
    };
  };
  type ExportTrade = ReturnType<typeof exportTrade>;
  // Numbers are the run's own, so a 409 on a retried POST means our own earlier attempt landed.
  const alreadyFiled = async () => ({});
  const filePartners = async (set: ExportTrade, withPaymentReceipt: boolean) => {
    await create(D, '/export-orders', keys.ebc, set.order, 201, alreadyFiled);
    if (withPaymentReceipt) await create(D, '/payment-receipts', keys.ebc, set.paymentReceipt, 201, alreadyFiled);
    await create(D, '/export-waybills', keys.logistics, set.waybill, 201, alreadyFiled);
  };
  const fileExportList = async (list: ExportInventoryList) => {
    const filed = await create(D, '/export-inventory-lists', keys.agent, list, 201, async () => (await expectGet(D, `/inventory-lists?copNo=${list.copNo}`, keys.agent)).items[0]);
    log(`  list ${list.copNo} filed (${filed.status})`);
    return filed;
  };
  const refused = async (rule: string, path: string, body: unknown, status: number, code: string, field?: string): Promise<Refusal> => {
    const res = await request(D, 'POST', path, { key: keys.agent, body });
    if (res.status !== status || res.body?.code !== code || (field !== undefined && res.body.field !== field)) {
      throw new FlowError(`${rule}: expected ${status} ${code}${field ? ` on ${field}` : ''}, got ${res.status} ${JSON.stringify(res.body)}`);
    }
    log(`  ${rule}: ${status} ${code}${field ? ` (${field})` : ''}: ${res.body.message}`);
    const refusal = { rule, status, code, field, message: res.body.message };
    result.refusals.push(refusal);
    return refusal;
  };

  // ── 9610 import: direct mail, customs' tax bill, a consumer return ─────────────────────────
  log('9610 import (direct mail): a consumer in Lhasa buys 4 tins posted from Nepal (CEB311, CEB411, CEB511, CEB621 tradeMode 9610, no e-ledger)');
  const mail = tradeDocuments({ parties, run, n: 21, tradeMode: '9610', qty: 4, price: '50.00' });
  const mailed = await fileAndFollow({ D, keys, docs: mail, log, accept: settled, what: '9610 import list decided by customs' });
  expectListStatus(mailed, 'RELEASED', '9610 import list');
  const billed = await until(D, listPath(mailed.id), keys.agent, (l) => Boolean(l.tax && l.tax.customs), "customs' tax bill (CEB816) on the list");
  const bill = billed.tax.customs;
  expectEqual(bill.status, '1', 'tax bill status (1 generated)');
  expectEqual(bill.differenceFromComputed, '0.00', "customs' tax bill against the tax computed at filing");
  log(`  released: invtNo ${mailed.invtNo}; customs' tax bill (CEB816) ${bill.taxNo}: VAT ${bill.valueAddedTax}, consumption tax ${bill.consumptionTax}, total ${bill.totalTax} CNY (computed at filing: ${mailed.tax.totalTax})`);
  count(mail.goodsValue, true);
  let seen = await untilCounted('9610 import counted');
  log(`  statistics: ${parties.ebc} e-commerce retail ${seen.retail} CNY, border trade ${seen.border} CNY`);

  log('  the consumer sends 1 of the 4 tins back within the return window: return (CEB625) of line 1, qty 1');
  const returnedValue = returnedLineValue(mail.list.lines[0], '1');
  const filedReturn = await create(D, '/returns', keys.agent, listReturn(mail.list, mailed.invtNo, [{ gnum: 1, qty: '1' }]), 201);
  expectEqual(filedReturn.returnedValue, returnedValue, 'returned value at filing');
  const returnRequest = await until(D, `/returns/${filedReturn.id}`, keys.agent, (r) => r.status === 'APPROVED' || r.status === 'REFUSED', 'return decided by customs');
  expectEqual(returnRequest.status, 'APPROVED', `return ${filedReturn.id} (${returnRequest.returnInfo ?? ''})`);
  const returned = await until(
    D,
    listPath(mailed.id),
    keys.agent,
    (l) => settled(l) && l.status !== 'RELEASED' && (l.status !== 'RETURNED' || (l.tax.customs && l.tax.customs.status === '3')),
    'list RETURNED and its tax bill void',
  );
  expectListStatus(returned, 'RETURNED', '9610 import list after the return');
  expectEqual(returned.return.returnedValue, returnedValue, 'returned value on the list');
  const after = returned.tax.afterReturn;
  log(`  RETURNED: ${returnedValue} CNY came back; tax on what was kept ${after.totalTax} CNY, ${after.notDue} CNY not due; customs voided tax bill ${bill.taxNo} (status 3)`);
  count(returnedValue, true, -1n);
  seen = await untilCounted('the return netted out of statistics');
  log(`  statistics net it out: retail ${seen.retail} CNY, border trade ${seen.border} CNY`);
  result.directImport = { list: mailed, returned, returnRequest };

  // ── 1239 import: the 1210 flow under its own code, on the same ledger ──────────────────────
  log(`1239 import (bonded, outside the original pilot): 3 tins from ledger ${emsNo}, the 1210 flow under the other code`);
  const before1239 = await preReduced();
  const bonded = tradeDocuments({ parties, run, n: 22, emsNo, itemRecordNo, qty: 3, price: '80.00', tradeMode: '1239' });
  const bondedList = await fileAndFollow({ D, keys, docs: bonded, log, accept: settled, what: '1239 list decided' });
  expectListStatus(bondedList, 'RELEASED', '1239 import list');
  expectEqual(await preReduced(), addQuantity(before1239, '3'), 'pre-reduced (预减) after the 1239 list');
  log(`  released: invtNo ${bondedList.invtNo}, tax ${bondedList.tax.totalTax} CNY; ledger line ${itemRecordNo} preReduced ${before1239} → ${addQuantity(before1239, '3')}`);
  count(bonded.goodsValue, false);
  result.bondedImport1239 = bondedList;

  // ── 9610 export: B2C parcel, arrival, departure, the monthly summary ───────────────────────
  log('9610 export (B2C parcel): a buyer in Kathmandu orders a Tibetan rug and incense (CEB303 orderType E, CEB403, CEB505, CEB603)');
  const parcel = exportTrade('1', '9610');
  await filePartners(parcel, true);
  const parcelList = await followList((await fileExportList(parcel.list)).id, '9610 export list decided');
  expectListStatus(parcelList, 'RELEASED', '9610 export list');
  log(`  released: invtNo ${parcelList.invtNo} at ${parcelList.releasedAt}`);
  count(goodsValueOf(parcel.list), true);

  log(`  the parcel reaches the supervision site: arrival report (CEB507) of waybill ${parcel.waybill.logisticsNo}`);
  const arrival = await create(D, '/arrivals', keys.logistics, arrivalReport(`AR${run}`, p.logistics, [parcel.waybill.logisticsNo], p), 201);
  const arrivalDecided = await until(D, `/arrivals/${arrival.id}`, keys.logistics, (a) => a.status !== 'FILED', 'arrival report accepted');
  expectEqual(arrivalDecided.status, 'ACCEPTED', `arrival report (${arrivalDecided.returnInfo ?? ''})`);
  const arrived = await until(D, listPath(parcelList.id), keys.agent, (l) => Boolean(l.arrivedAt), 'list marked arrived (arrivedAt)');
  log(`  arrived: arrivedAt ${arrived.arrivedAt}`);

  log('  it leaves the country: departure report (CEB509)');
  const departure = await create(D, '/departures', keys.logistics, { ...departureReport(`DP${run}`, p.logistics, [parcel.waybill.logisticsNo]), leaveTime: new Date().toISOString() }, 201);
  const departureDecided = await until(D, `/departures/${departure.id}`, keys.logistics, (d) => d.status !== 'FILED', 'departure report accepted');
  expectEqual(departureDecided.status, 'ACCEPTED', `departure report (${departureDecided.returnInfo ?? ''})`);
  const closed = await until(D, listPath(parcelList.id), keys.agent, (l) => Boolean(l.departedAt) && l.status === 'CLOSED', 'list departed (departedAt) and closed (899)');
  log(`  departed: departedAt ${closed.departedAt}; customs closed the list (899): ${closed.status}`);

  const period = beijingMonth(parcelList.releasedAt);
  log(`  monthly summary (汇总申报): summary application (CEB701) of ${p.ebc}'s released 9610 lists of ${period.label}`);
  const summary = await create(D, '/summary-applications', keys.agent, summaryRequest(`SU${run}`, period, p), 201);
  expectEqual((summary.lists || []).map((l: Json) => l.invtNo), [parcelList.invtNo], 'lists the summary took');
  const summarised = await until(D, `/summary-applications/${summary.id}`, keys.agent, (s) => Boolean(s.entryId) || s.status === 'REJECTED', "customs' summary result (CEB792)");
  expectEqual(summarised.status, 'APPROVED', `summary ${summary.id} (${summarised.returnInfo ?? ''})`);
  if (!summarised.sumNo) throw new FlowError(`summary result without sumNo: ${JSON.stringify(summarised)}`);
  expectEqual((await expectGet(D, listPath(parcelList.id), keys.agent)).summaryId, summary.id, 'summaryId on the list');
  log(`  customs' result (CEB792): sumNo ${summarised.sumNo}, customs declaration (报关单) entryId ${summarised.entryId}, decState ${summarised.decState}`);
  result.directExport = { list: closed, arrival: arrivalDecided, departure: departureDecided, summary: summarised };

  // ── 1210 special-area export: bonded stock leaves the zone for abroad ──────────────────────
  const bondedGoods = { gnum: 1, itemNo: `SKU-${itemRecordNo}`, itemName: '尼泊尔红茶', unit: '011', qty: '3', price: '80.00', totalPrice: '240.00' };
  const zoneExport = exportTrade('2', '1210', { order: { goodsValue: '240.00', items: [bondedGoods] }, paymentReceipt: { charge: '260.00' } });
  const bondedExportList: ExportInventoryList = {
    ...zoneExport.list,
    emsNo,
    iacCode: parties.operator,
    iacName: '拉萨综保区仓储有限公司',
    lines: zoneExport.list.lines.map((l) => ({ ...l, itemRecordNo, gcode: '0902301000', gname: '红茶', gmodel: '500克/罐', country: '125', qty1: '1.5' })),
  };
  log(`1210 special-area export: 3 tins of the bonded tea leave the zone for abroad (CEB303 E, CEB403, CEB505, CEB603 with emsNo ${emsNo}, iacCode ${parties.operator})`);
  const beforeExport = await preReduced();
  await filePartners(zoneExport, true);
  const zoneFiled = await fileExportList(bondedExportList);
  const afterExport = await untilPreReduced(addQuantity(beforeExport, '3'), 'the warehouse pre-reduces (预减) the export list');
  log(`  the warehouse pre-reduced it: ledger line ${itemRecordNo} preReduced ${beforeExport} → ${afterExport}`);
  const zoneList = await followList(zoneFiled.id, '1210 export list decided');
  expectListStatus(zoneList, 'RELEASED', '1210 export list');
  log(`  released: invtNo ${zoneList.invtNo}; the goods await the exit verification list and gate`);
  count(goodsValueOf(bondedExportList), true);
  result.bondedExport = { list: zoneList, preReduced: { before: beforeExport, after: afterExport } };

  // ── 9710 B2B direct export ─────────────────────────────────────────────────────────────────
  log('9710 B2B direct export: a Nepalese retailer buys rugs and incense from the company (CEB303 orderType B, CEB505, CEB603)');
  const b2b = exportTrade('3', '9710');
  await filePartners(b2b, false);
  const b2bList = await followList((await fileExportList(b2b.list)).id, '9710 export list decided');
  expectListStatus(b2bList, 'RELEASED', '9710 export list');
  log(`  released: invtNo ${b2bList.invtNo}, ${goodsValueOf(b2b.list)} CNY (within the 5000 元 an inventory list may carry)`);
  count(goodsValueOf(b2b.list), true);
  result.b2bExport = b2bList;

  // ── 9810 export to an overseas warehouse ───────────────────────────────────────────────────
  const warehouseCode = `OW-NP-${run}`;
  log(`9810 overseas warehouse: operator ${parties.operator} registers overseas warehouse ${warehouseCode} in Kathmandu (warehouse POST /overseas-warehouses)`);
  const registered = await create(
    W,
    '/overseas-warehouses',
    keys.operator,
    { code: warehouseCode, name: 'Kathmandu public overseas warehouse', country: '125', address: 'Tripureshwor, Kathmandu, Nepal' },
    201,
    () => expectGet(W, `/overseas-warehouses/${warehouseCode}`, keys.operator),
  );
  const registeredAt = Date.now();
  const booking = exportTrade('4', '9810', {});
  const bookingList: ExportInventoryList = { ...booking.list, overseasWarehouseCode: warehouseCode };
  log(`  the company books goods into it: order (CEB303 orderType W), waybill (CEB505), list (CEB603) naming ${warehouseCode}`);
  await filePartners(booking, false);
  const { filed: bookingFiled, filings } = await fileToNewOverseasWarehouse(D, keys.agent, bookingList, registeredAt);
  const learnt = `${((Date.now() - registeredAt) / 1000).toFixed(1)} s after the registration`;
  log(
    `  list ${bookingList.copNo} filed (${bookingFiled.status}) ${learnt}: ` +
      (filings === 1 ? 'declarations had learnt the warehouse from its event by then' : `${filings - 1} filing(s) before were answered LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED while declarations learnt it`),
  );
  const bookingReleased = await followList(bookingFiled.id, '9810 export list decided');
  expectListStatus(bookingReleased, 'RELEASED', '9810 export list');
  expectEqual(bookingReleased.overseasWarehouseCode, warehouseCode, "the list's overseas warehouse");
  count(goodsValueOf(bookingList), true);
  const { stock, exporterStock } = await untilInOverseasStock(W, { operator: keys.operator, exporter: keys.ebc }, warehouseCode, p.ebc, bookingList);
  log(`  released: invtNo ${bookingReleased.invtNo}; ${warehouseCode} holds for ${p.ebc}: ${stock.lines.map((l: Json) => `${l.gname} ${l.received} (${l.unit})`).join(', ')}`);
  result.overseasExport = { list: bookingReleased, warehouse: registered, stock, exporterStock, filings };

  // ── one cancel ─────────────────────────────────────────────────────────────────────────────
  // A list is cancelled until its goods leave the zone: a 1210 list even after customs released it,
  // until the warehouse binds it to an exit verification list (CANCEL.GOODS_LEFT_ZONE after), which
  // nothing does here. The cancel goes as soon as the list has its invtNo, before or after its 800;
  // should customs refuse it all the same, it is tried once more on another list.
  log(`cancel (撤销, CEB623): a consumer cancels a 1210 order of 5 tins while customs still has its list; the pre-reduction goes back to ledger line ${itemRecordNo}`);
  let cancelled: ModeFlowResult['cancel'] | undefined;
  let cancelledList: ImportInventoryList | undefined;
  for (let attempt = 1; attempt <= 2 && !cancelled; attempt++) {
    const docs = tradeDocuments({ parties, run, n: 22 + attempt, emsNo, itemRecordNo, qty: 5, price: '80.00' });
    const before = await preReduced();
    const numbered = await fileAndFollow({ D, keys, docs, log, accept: (l) => Boolean(l.invtNo) || settled(l), what: 'list numbered by customs (invtNo)', everyMs: 50 });
    if (!numbered.invtNo) expectListStatus(numbered, 'DECLARED', `list ${docs.list.copNo}`);
    const during = await preReduced();
    const res = await request(D, 'POST', '/cancellations', { key: keys.agent, body: listCancel(docs.list, numbered.invtNo) });
    let lost: string | undefined;
    if (res.status === 422 && (res.body?.code === 'CANCEL.LIST_RELEASED' || res.body?.code === 'CANCEL.GOODS_LEFT_ZONE')) {
      lost = `422 ${res.body.code}`;
    } else if (res.status !== 201 && res.status !== 200) {
      throw new FlowError(`POST /cancellations → ${res.status}: ${JSON.stringify(res.body)}`);
    } else {
      log(`  cancel filed while the list was ${numbered.status} (invtNo ${numbered.invtNo}, preReduced ${before} → ${during})`);
      const decided = await until(D, `/cancellations/${res.body.id}`, keys.agent, (c) => c.status === 'APPROVED' || c.status === 'REFUSED', 'cancel decided by customs');
      const list = await followList(numbered.id, 'cancelled list settled');
      if (decided.status === 'REFUSED' && list.status === 'RELEASED') {
        lost = `customs refused the cancel: ${decided.returnInfo}`;
      } else {
        expectEqual(decided.status, 'APPROVED', `cancel ${res.body.id} (${decided.returnInfo ?? ''})`);
        expectListStatus(list, 'CANCELLED', `list ${docs.list.copNo} after its cancel`);
        const after = await untilPreReduced(before, 'the pre-reduction returned to the ledger line');
        log(`  CANCELLED (${list.rejectCode}); customs approved the cancel (399); ledger line ${itemRecordNo} preReduced ${during} → ${after}`);
        cancelled = { list, cancellation: decided, attempts: attempt, preReduced: { before, during, after } };
        cancelledList = docs.list;
      }
    }
    if (lost) {
      // Released after all: it counts, and its goods wait for the exit gate like any other.
      expectListStatus(await followList(numbered.id, 'list released before its cancel'), 'RELEASED', `list ${docs.list.copNo}`);
      count(docs.goodsValue, false);
      if (attempt === 2) throw new FlowError(`customs released both lists before their cancels reached it (${lost})`);
      log(`  not cancelled: ${docs.list.copNo} stays released (${lost}); filing another list and cancelling it at once`);
    }
  }
  result.cancel = cancelled!;

  // ── one refusal per rule ───────────────────────────────────────────────────────────────────
  log('refusals: each rule answers the filer with its HTTP status and code, and nothing is filed');
  const importList9710 = tradeDocuments({ parties, run, n: 31, tradeMode: '9710', qty: 1, price: '80.00' }).list;
  await refused('9710 on an import list (CEB621)', '/inventory-lists', importList9710, 422, 'MODE.EXPORT_ONLY', 'tradeMode');
  await refused('1239 on an export list (CEB603)', '/export-inventory-lists', { ...exportTrade('R2', '9610').list, tradeMode: '1239' }, 422, 'MODE.IMPORT_ONLY', 'tradeMode');
  const big = exportTrade('R3', '9710').list;
  await refused(
    '9710 list over 5000 元',
    '/export-inventory-lists',
    { ...big, lines: [{ ...big.lines[0], price: '4900.01', totalPrice: '4900.01' }, big.lines[1]] },
    422,
    'LIST.NEEDS_CUSTOMS_DECLARATION',
    'lines',
  );
  const { emsNo: _emsNo, ...withoutLedger } = { ...bondedExportList, copNo: `EC${run}R4`, orderNo: `EO${run}R4` };
  await refused('1210 export without emsNo', '/export-inventory-lists', withoutLedger, 422, 'MODE.EMS_NO_REQUIRED', 'emsNo');
  await refused(
    '9810 list to an unregistered overseas warehouse',
    '/export-inventory-lists',
    { ...exportTrade('R5', '9810').list, overseasWarehouseCode: `OW-NONE-${run}` },
    422,
    'LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED',
    'overseasWarehouseCode',
  );
  const b2bOrder = exportTrade('R6', '9710');
  await create(D, '/export-orders', keys.ebc, b2bOrder.order, 201, alreadyFiled);
  await refused('9610 list for a B2B order (orderType B)', '/export-inventory-lists', { ...b2bOrder.list, tradeMode: '9610' }, 422, 'LIST.ORDER_TYPE_MISMATCH', 'orderNo');
  await refused(
    `return of the cancelled list ${result.cancel.list.invtNo}`,
    '/returns',
    listReturn(cancelledList!, result.cancel.list.invtNo),
    422,
    'RETURN.LIST_FINAL',
    'invtNo',
  );

  log('  customs: an export list that declares 8 sticks of incense where its order sold 10 is rejected (100)');
  const disagreeing = exportTrade('R8', '9610');
  await filePartners(disagreeing, true);
  const shortList: ExportInventoryList = { ...disagreeing.list, lines: [disagreeing.list.lines[0], { ...disagreeing.list.lines[1], qty: '8', qty1: '0.4', totalPrice: '80.00' }] };
  const rejected = await followList((await fileExportList(shortList)).id, 'export list decided by customs');
  expectListStatus(rejected, 'REJECTED', 'export list disagreeing with its order');
  expectEqual(rejected.returnStatus, 100, 'customs return status for the disagreeing list');
  log(`  customs mismatch: REJECTED, returnStatus 100: ${rejected.returnInfo}`);
  result.refusals.push({ rule: 'export list disagreeing with its order', status: 100, code: 'CUSTOMS.REJECTED', message: rejected.returnInfo });

  // ── statistics of it all ───────────────────────────────────────────────────────────────────
  log('bureau: every released list counted once, in CNY, net of the return (border trade: 9610 import and the exports; 1210/1239 import counted at 一线)');
  result.statistics = await untilCounted('statistics of the run');
  if (untilStatisticsCaughtUp) {
    // Once statistics has processed every event published so far, nothing may be counted twice.
    await untilStatisticsCaughtUp();
    expectEqual(await counted('RETAIL'), formatMoney(expected.retail), `e-commerce retail of ${p.ebc} (once)`);
    expectEqual(await counted('BORDER'), formatMoney(expected.border), `border trade of ${p.ebc} (once)`);
  }
  log(`  ${p.ebc}: e-commerce retail ${result.statistics.retail} CNY, border trade ${result.statistics.border} CNY`);
  return result;
}

/**
 * Files a 9810 list naming an overseas warehouse registered at `registeredAt`: declarations learns
 * the registration from the warehouse's event, and until it has the list is refused
 * (LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED), so it is filed again until accepted.
 */
export async function fileToNewOverseasWarehouse(D: string, agentKey: string, list: ExportInventoryList, registeredAt: number): Promise<{ filed: Json; filings: number }> {
  let filings = 0;
  for (;;) {
    filings += 1;
    const res = await request(D, 'POST', '/export-inventory-lists', { key: agentKey, body: list });
    if (res.status === 201 || res.status === 200) return { filed: res.body, filings };
    if (res.status !== 422 || res.body?.code !== 'LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED') throw new FlowError(`POST /export-inventory-lists → ${res.status}: ${JSON.stringify(res.body)}`);
    if (Date.now() - registeredAt > STEP_TIMEOUT_MS) throw new FlowError(`declarations did not learn overseas warehouse ${list.overseasWarehouseCode} within ${STEP_TIMEOUT_MS} ms: ${res.body.message}`);
    await sleep(250);
  }
}

/** Waits until a released 9810 list's goods are in its overseas warehouse's stock, as its operator and as the exporter see it. */
export async function untilInOverseasStock(
  W: string,
  keys: { operator: string; exporter: string },
  warehouseCode: string,
  exporterCode: string,
  list: ExportInventoryList,
): Promise<{ stock: Json; exporterStock: Json }> {
  const wanted = list.lines.map((l) => `${l.gcode}:${l.unit}:${l.qty}`).sort();
  const inStock = (s: Json) => JSON.stringify((s.lines || []).filter((l: Json) => l.ownerCode === exporterCode).map((l: Json) => `${l.gcode}:${l.unit}:${l.received}`).sort()) === JSON.stringify(wanted);
  const stock = await until(W, `/overseas-warehouses/${warehouseCode}/stock`, keys.operator, inStock, `the goods in ${warehouseCode}'s stock`);
  const exporterStock = await expectGet(W, `/overseas-warehouses/${warehouseCode}/stock`, keys.exporter);
  if (!inStock(exporterStock)) throw new FlowError(`the exporter's view of ${warehouseCode}: ${JSON.stringify(exporterStock)}`);
  return { stock, exporterStock };
}
