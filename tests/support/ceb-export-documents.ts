// Export, movement and summary CEB documents for tests: `exportSet` for an order, receipt of
// payment, waybill and export list that agree, and one builder per other document. Cancels and
// returns: tests/support/ceb-documents.ts (listCancel, listReturn, exportListCancel).
import {
  ArrivalReport,
  BusinessKeys,
  DepartureReport,
  ExportInventoryList,
  ExportOrder,
  ExportWaybill,
  PaymentReceipt,
  SummaryApplication,
} from '@lhasa/contracts';
import { FIXED_PARTIES, Parties } from './ceb-documents';

/** The parties of an export trade: an export has no consumer ID to check, so no buyerId. */
export type ExportParties = Omit<Parties, 'buyerId'>;

/** The zone warehouse enterprise operating the e-ledger a 1210 special-area export list names (its iacCode). */
export const ZONE_WAREHOUSE = '5401960010';
/** An overseas warehouse (海外仓) in Kathmandu that 9810 lists go to, once registered. */
export const OVERSEAS_WAREHOUSE = 'OW-NP-KTM-0001';

/**
 * What each export mode adds to a list: 1210 special-area export its e-ledger (emsNo), the zone
 * enterprise operating it (iacCode) and every line's ledger line; 9810 the overseas warehouse.
 */
export function exportModeFields(tradeMode: string, list: ExportInventoryList): Partial<ExportInventoryList> {
  if (tradeMode === '1210') {
    return { emsNo: 'T88000000001', iacCode: ZONE_WAREHOUSE, iacName: '拉萨综保区跨境电商仓', lines: list.lines.map((l) => ({ ...l, itemRecordNo: l.itemNo })) };
  }
  if (tradeMode === '9810') return { overseasWarehouseCode: OVERSEAS_WAREHOUSE };
  return {};
}

/** The CEB303 orderType of each export mode (libs/domain EXPORT_ORDER_TYPE_BY_MODE, spelt out for tests). */
const ORDER_TYPE: Record<string, ExportOrder['orderType']> = { '9610': 'E', '1210': 'E', '9710': 'B', '9810': 'W' };

type ExportOverrides = {
  order?: Partial<ExportOrder>;
  paymentReceipt?: Partial<PaymentReceipt>;
  waybill?: Partial<ExportWaybill>;
  list?: Partial<ExportInventoryList>;
};

/**
 * Order (CEB303), receipt of payment (CEB403), waybill (CEB505) and export list (CEB603) of one
 * export order of `tradeMode` that agree with each other, with their business keys; the list has
 * its mode's own fields (`exportModeFields`). Same orderNo, same set. Two lines: a Tibetan rug and
 * incense.
 */
export function exportSet(orderNo: string, tradeMode = '9610', overrides: ExportOverrides = {}, p: ExportParties = FIXED_PARTIES) {
  const logisticsNo = `EL${orderNo}`.slice(0, 32);
  const order: ExportOrder = {
    orderType: ORDER_TYPE[tradeMode] ?? 'E',
    orderNo,
    ebpCode: p.ebp,
    ebpName: 'Lhasa Platform',
    ebcCode: p.ebc,
    ebcName: 'Himalaya Goods',
    goodsValue: '300.00',
    freight: '20.00',
    currency: '142',
    items: [
      { gnum: 1, itemNo: 'RUG-01', itemName: 'Tibetan rug', unit: '011', qty: '1', price: '200.00', totalPrice: '200.00' },
      { gnum: 2, itemNo: 'INC-01', itemName: 'Incense', unit: '140', qty: '10', price: '10.00', totalPrice: '100.00' },
    ],
    ...overrides.order,
  };
  const paymentReceipt: PaymentReceipt = {
    ebpCode: p.ebp,
    ebpName: 'Lhasa Platform',
    ebcCode: p.ebc,
    ebcName: 'Himalaya Goods',
    orderNo,
    payCode: p.pay,
    payName: 'Snow Pay',
    payNo: `PN${orderNo}`.slice(0, 60),
    charge: '320.00',
    currency: '142',
    accountingDate: '2026-11-20T08:00:00.000Z',
    ...overrides.paymentReceipt,
  };
  const waybill: ExportWaybill = {
    logisticsCode: p.logistics,
    logisticsName: 'Plateau Express',
    logisticsNo,
    freight: '20.00',
    insuredFee: '0.00',
    currency: '142',
    grossWeight: '5.5',
    packNo: 1,
    goodsInfo: 'Tibetan rug, incense',
    ...overrides.waybill,
  };
  const lines = order.items.map((item, i) => ({
    gnum: item.gnum,
    itemNo: item.itemNo,
    gcode: i === 0 ? '5702420000' : '3307410000',
    gname: item.itemName,
    gmodel: i === 0 ? '1.2m×0.8m' : '10支/盒',
    barCode: '无',
    country: '142',
    currency: '142',
    qty: item.qty,
    qty1: i === 0 ? '5' : '0.5',
    unit: item.unit,
    unit1: '035',
    price: item.price,
    totalPrice: item.totalPrice,
  }));
  const base: ExportInventoryList = {
    customsCode: '8800',
    ebpCode: p.ebp,
    ebpName: 'Lhasa Platform',
    orderNo,
    logisticsCode: p.logistics,
    logisticsName: 'Plateau Express',
    logisticsNo,
    copNo: `EC${orderNo}`.slice(0, 30),
    ieFlag: 'E',
    portCode: '8801',
    ieDate: '20261120',
    statisticsFlag: 'A',
    agentCode: p.agent,
    agentName: 'Potala Customs Brokers',
    ebcCode: p.ebc,
    ebcName: 'Himalaya Goods',
    ownerCode: 'NO',
    ownerName: 'Lhasa Crafts Cooperative',
    tradeMode,
    trafMode: '4',
    country: '125',
    pod: 'NPKT',
    freight: '20.00',
    fCurrency: '142',
    fFlag: '3',
    insuredFee: '0.00',
    iCurrency: '142',
    iFlag: '3',
    wrapType: '2',
    packNo: 1,
    grossWeight: '5.5',
    netWeight: '5',
    lines,
  };
  const list: ExportInventoryList = { ...base, ...exportModeFields(tradeMode, base), ...overrides.list };
  return {
    order,
    paymentReceipt,
    waybill,
    list,
    keys: {
      order: BusinessKeys.order(order),
      paymentReceipt: BusinessKeys.paymentReceipt(paymentReceipt),
      waybill: BusinessKeys.waybill(waybill),
      list: BusinessKeys.inventoryList(list),
    },
  };
}

/** CEB507: the site operator reports these waybills of `logisticsCode` arrived. */
export function arrivalReport(copNo: string, logisticsCode: string, logisticsNos: string[], p: ExportParties = FIXED_PARTIES): ArrivalReport {
  return {
    customsCode: '8800',
    copNo,
    logisticsCode,
    logisticsName: 'Plateau Express',
    trafMode: '4',
    operatorCode: p.ebp,
    operatorName: 'Lhasa Supervision Site',
    ieFlag: 'E',
    domesticTrafNo: '藏A12345',
    lines: logisticsNos.map((logisticsNo, i) => ({ gnum: i + 1, logisticsNo })),
  };
}

/** CEB509: the carrier reports these waybills left the country. */
export function departureReport(copNo: string, logisticsCode: string, logisticsNos: string[]): DepartureReport {
  return {
    customsCode: '8800',
    copNo,
    logisticsCode,
    logisticsName: 'Plateau Express',
    trafMode: '4',
    leaveTime: '2026-11-21T06:00:00.000Z',
    lines: logisticsNos.map((logisticsNo, i) => ({ gnum: i + 1, logisticsNo })),
  };
}

/** CEB701: summary application of the lists `invtNos` of `startTime`..`endTime`. */
export function summaryApplication(copNo: string, invtNos: string[], period: { startTime: string; endTime: string }, p: ExportParties = FIXED_PARTIES): SummaryApplication {
  return {
    customsCode: '8800',
    copNo,
    agentCode: p.agent,
    agentName: 'Potala Customs Brokers',
    ebcCode: p.ebc,
    ebcName: 'Himalaya Goods',
    declAgentCode: p.agent,
    declAgentName: 'Potala Customs Brokers',
    startTime: period.startTime,
    endTime: period.endTime,
    summaryFlag: '1',
    itemNameFlag: '0',
    lists: invtNos.map((invtNo) => ({ invtNo })),
  };
}

/** The head of a CEB701 as POST /summary-applications takes it: the service picks the lists. */
export function summaryRequest(copNo: string, period: { startTime: string; endTime: string }, p: ExportParties = FIXED_PARTIES): Omit<SummaryApplication, 'lists'> {
  const { lists: _lists, ...head } = summaryApplication(copNo, [], period, p);
  return head;
}

export const keysOf = {
  arrival: (r: ArrivalReport) => BusinessKeys.arrival(r),
  departure: (r: DepartureReport) => BusinessKeys.departure(r),
  listCancel: (r: { agentCode: string; invtNo: string }) => BusinessKeys.listCancel(r),
  listReturn: (r: { agentCode: string; invtNo: string }) => BusinessKeys.listReturn(r),
  summary: (r: SummaryApplication) => BusinessKeys.summaryApplication(r),
};
