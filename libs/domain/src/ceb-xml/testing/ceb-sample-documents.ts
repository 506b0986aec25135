/**
 * Sample documents of the export messages, the import cancel and return: a full one (every
 * field its type has) and a minimal one (only the required fields) of each, for the
 * conformance spec and the specs that compare rendered messages with hand-written ones.
 */
import { CebExportOrderDocument } from '../ceb303-export-order';
import { CebReceiptOfPaymentDocument } from '../ceb403-receipt-of-payment';
import { CebExportWaybillDocument } from '../ceb505-export-waybill';
import { CebArrivalDocument } from '../ceb507-arrival';
import { CebDepartureDocument } from '../ceb509-departure';
import { CebExportInventoryDocument, CebExportInventoryLine } from '../ceb603-export-inventory';
import { CebExportListCancelDocument } from '../ceb605-export-list-cancel';
import { CebImportListCancelDocument } from '../ceb623-import-list-cancel';
import { CebImportReturnDocument } from '../ceb625-import-return';
import { CebSummaryApplyDocument } from '../ceb701-summary-apply';

export const fullExportOrder: CebExportOrderDocument = {
  guid: 'A0000000-0000-4000-8000-000000000303',
  orderType: 'E',
  orderNo: 'EXP20261120000001',
  ebpCode: '5401960001',
  ebpName: '拉萨跨境电商平台',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  goodsValue: '300.00',
  freight: '20.00',
  currency: '142',
  note: '出口订单',
  items: [
    { gnum: 1, itemNo: 'SKU-THANGKA-01', itemName: '唐卡', itemDescribe: '手绘唐卡', barCode: '6900000000101', unit: '011', qty: '1', price: '200.00', totalPrice: '200.00', note: 'a' },
    { gnum: 2, itemNo: 'SKU-INCENSE-01', itemName: '藏香', itemDescribe: '手工藏香', barCode: '6900000000102', unit: '140', qty: '2', price: '50.00', totalPrice: '100.00', note: 'b' },
  ],
};

export const minimalExportOrder: CebExportOrderDocument = {
  orderType: 'E',
  orderNo: 'EXP20261120000001',
  ebpCode: '5401960001',
  ebpName: '平台',
  ebcCode: '5401960002',
  ebcName: '电商',
  goodsValue: '200.00',
  freight: '0',
  currency: '142',
  items: [{ gnum: 1, itemNo: 'SKU-THANGKA-01', itemName: '唐卡', unit: '011', qty: '1', price: '200.00', totalPrice: '200.00' }],
};

export const fullReceiptOfPayment: CebReceiptOfPaymentDocument = {
  guid: 'A0000000-0000-4000-8000-000000000403',
  ebpCode: '5401960001',
  ebpName: '拉萨跨境电商平台',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  orderNo: 'EXP20261120000001',
  payCode: '5401960003',
  payName: '雪域支付',
  payNo: 'RCV20261120000001',
  charge: '320.00',
  currency: '142',
  accountingDate: '2026-11-20T01:30:00.000Z',
  note: '收款',
};

export const minimalReceiptOfPayment: CebReceiptOfPaymentDocument = {
  ebpCode: '5401960001',
  ebpName: '平台',
  ebcCode: '5401960002',
  ebcName: '电商',
  orderNo: 'EXP20261120000001',
  payName: '雪域支付',
  charge: '320.00',
  currency: '142',
  accountingDate: '20261120093000',
};

export const fullExportWaybill: CebExportWaybillDocument = {
  guid: 'A0000000-0000-4000-8000-000000000505',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  logisticsNo: 'ELN20261120000001',
  freight: '20.00',
  insuredFee: '1.50',
  currency: '142',
  grossWeight: '2.5',
  packNo: 2,
  goodsInfo: '唐卡、藏香',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  ebcTelephone: '0891-6800000',
  note: '出口运单',
};

export const minimalExportWaybill: CebExportWaybillDocument = {
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  logisticsNo: 'ELN20261120000001',
  freight: '20.00',
  insuredFee: '0',
  currency: '142',
  grossWeight: '2.5',
  packNo: 1,
  goodsInfo: '唐卡',
};

export const fullArrival: CebArrivalDocument = {
  guid: 'A0000000-0000-4000-8000-000000000507',
  customsCode: '8800',
  copNo: 'ARR20261120000001',
  preNo: 'B20261120000000507',
  operatorCode: '5401960004',
  operatorName: '高原快递',
  loctNo: '8801',
  ieFlag: 'E',
  trafMode: '4',
  billNo: 'BILL-20261120-01',
  domesticTrafNo: '藏A12345',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  msgCount: 1,
  msgSeqNo: 1,
  note: '运抵',
  lines: [
    { gnum: 1, logisticsNo: 'ELN20261120000001', totalPackageNo: 'PKG-01', note: 'a' },
    { gnum: 2, logisticsNo: 'ELN20261120000002', totalPackageNo: 'PKG-01', note: 'b' },
  ],
};

export const minimalArrival: CebArrivalDocument = {
  customsCode: '8800',
  copNo: 'ARR20261120000001',
  operatorCode: '5401960004',
  operatorName: '高原快递',
  ieFlag: 'E',
  trafMode: '4',
  domesticTrafNo: '藏A12345',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  lines: [],
};

export const fullDeparture: CebDepartureDocument = {
  guid: 'A0000000-0000-4000-8000-000000000509',
  customsCode: '8800',
  copNo: 'DEP20261120000001',
  preNo: 'B20261120000000509',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  trafMode: '4',
  trafName: '中尼跨境货运',
  voyageNo: 'GYRONG-1120',
  billNo: 'BILL-20261120-01',
  leaveTime: '2026-11-21T04:00:00.000Z',
  msgCount: 1,
  msgSeqNo: 1,
  note: '离境',
  lines: [
    { gnum: 1, totalPackageNo: 'PKG-01', logisticsNo: 'ELN20261120000001', note: 'a' },
    { gnum: 2, totalPackageNo: 'PKG-01', logisticsNo: 'ELN20261120000002', note: 'b' },
  ],
};

export const minimalDeparture: CebDepartureDocument = {
  customsCode: '8800',
  copNo: 'DEP20261120000001',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  trafMode: '4',
  leaveTime: '20261121120000',
  lines: [{ gnum: 1, logisticsNo: 'ELN20261120000001' }],
};

const fullExportInventoryLine: CebExportInventoryLine = {
  gnum: 1,
  itemNo: 'SKU-THANGKA-01',
  itemRecordNo: 'R-01',
  itemName: '唐卡',
  gcode: '9701100000',
  gname: '手绘唐卡',
  gmodel: '60x40cm',
  barCode: '6900000000101',
  country: '125',
  currency: '142',
  qty: '1',
  qty1: '1',
  qty2: '0.5',
  unit: '011',
  unit1: '011',
  unit2: '035',
  price: '200.00',
  totalPrice: '200.00',
  note: 'a',
};

export const fullExportInventory: CebExportInventoryDocument = {
  guid: 'A0000000-0000-4000-8000-000000000603',
  customsCode: '8800',
  ebpCode: '5401960001',
  ebpName: '拉萨跨境电商平台',
  orderNo: 'EXP20261120000001',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  logisticsNo: 'ELN20261120000001',
  copNo: 'ECOP20261120000001',
  preNo: 'B20261120000000603',
  invtNo: '88002026E000000001',
  ieFlag: 'E',
  portCode: '8801',
  ieDate: '20261120',
  statisticsFlag: 'A',
  agentCode: '5401960005',
  agentName: '布达拉报关行',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  ownerCode: '5401960007',
  ownerName: '拉萨唐卡工坊',
  iacCode: '5401960006',
  iacName: '拉萨综保区仓储有限公司',
  emsNo: 'T88001234567',
  tradeMode: '9610',
  trafMode: '4',
  trafName: '中尼跨境货运',
  voyageNo: 'GYRONG-1120',
  billNo: 'BILL-20261120-01',
  totalPackageNo: 'PKG-01',
  loctNo: '8801',
  licenseNo: 'LIC-01',
  country: '125',
  pod: '1250',
  freight: '20.00',
  fCurrency: '142',
  fFlag: '3',
  insuredFee: '1.50',
  iCurrency: '142',
  iFlag: '3',
  wrapType: '2',
  packNo: 2,
  grossWeight: '2.5',
  netWeight: '2',
  note: '出口清单',
  lines: [fullExportInventoryLine, { ...fullExportInventoryLine, gnum: 2, itemNo: 'SKU-THANGKA-02' }],
};

export const minimalExportInventory: CebExportInventoryDocument = {
  customsCode: '8800',
  ebpCode: '5401960001',
  ebpName: '平台',
  orderNo: 'EXP20261120000001',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  logisticsNo: 'ELN20261120000001',
  copNo: 'ECOP20261120000001',
  ieFlag: 'E',
  portCode: '8801',
  ieDate: '20261120',
  statisticsFlag: 'A',
  agentCode: '5401960005',
  agentName: '报关行',
  ebcCode: '5401960002',
  ebcName: '电商',
  ownerCode: 'NO',
  ownerName: '未备案生产企业',
  tradeMode: '9610',
  trafMode: '4',
  country: '125',
  pod: '1250',
  freight: '0',
  fCurrency: '142',
  fFlag: '3',
  insuredFee: '0',
  iCurrency: '142',
  iFlag: '3',
  wrapType: '2',
  packNo: 1,
  grossWeight: '1.2',
  netWeight: '1',
  lines: [{
    gnum: 1, itemNo: 'SKU-THANGKA-01', gcode: '9701100000', gname: '手绘唐卡', gmodel: '60x40cm', barCode: '无', country: '125',
    currency: '142', qty: '1', qty1: '1', unit: '011', unit1: '011', price: '200.00', totalPrice: '200.00',
  }],
};

export const fullExportListCancel: CebExportListCancelDocument = {
  guid: 'A0000000-0000-4000-8000-000000000605',
  customsCode: '8800',
  copNo: 'ECOP20261120000001',
  preNo: 'B20261120000000603',
  invtNo: '88002026E000000001',
  reason: '买家取消订单',
  agentCode: '5401960005',
  agentName: '布达拉报关行',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  note: '撤销',
};

const { guid: _cancelGuid, preNo: _cancelPreNo, note: _cancelNote, ...minimalCancel } = fullExportListCancel;
export const minimalExportListCancel: CebExportListCancelDocument = minimalCancel;

export const fullImportListCancel: CebImportListCancelDocument = {
  guid: 'A0000000-0000-4000-8000-000000000623',
  customsCode: '8800',
  orderNo: 'ORD20261120000001',
  ebpCode: '5401960001',
  ebpName: '拉萨跨境电商平台',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  logisticsNo: 'LN20261120000001',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  copNo: 'COP20261120000001',
  preNo: 'B20261120000000001',
  invtNo: '880020261000000001',
  buyerIdType: '1',
  buyerIdNumber: '540102199001011234',
  buyerName: '张三',
  buyerTelephone: '13800000000',
  agentCode: '5401960005',
  agentName: '布达拉报关行',
  reason: '消费者取消订单',
  note: '撤销',
};

const { guid: _importCancelGuid, copNo: _copNo, preNo: _preNo, buyerIdType: _buyerIdType, note: _importCancelNote, ...minimalImportCancel } =
  fullImportListCancel;
export const minimalImportListCancel: CebImportListCancelDocument = minimalImportCancel;

export const fullImportReturn: CebImportReturnDocument = {
  ...fullImportListCancel,
  guid: 'A0000000-0000-4000-8000-000000000625',
  reason: '七天无理由退货',
  note: '退货',
  lines: [
    { gnum: 1, gcode: '0902301000', gname: '红茶', qty: '1', unit: '140', note: 'a' },
    { gnum: 2, gcode: '0902301000', gname: '绿茶', qty: '2', unit: '140', note: 'b' },
  ],
};

export const minimalImportReturn: CebImportReturnDocument = {
  ...minimalImportListCancel,
  reason: '退货',
  lines: [{ gnum: 1, gcode: '0902301000', gname: '红茶', qty: '1', unit: '140' }],
};

export const fullSummaryApply: CebSummaryApplyDocument = {
  guid: 'A0000000-0000-4000-8000-000000000701',
  customsCode: '8800',
  copNo: 'SUM20261201000001',
  preNo: 'B20261201000000701',
  sumNo: '880020261200000001',
  agentCode: '5401960005',
  agentName: '布达拉报关行',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  declAgentCode: '5401960005',
  declAgentName: '布达拉报关行',
  startTime: '2026-10-31T16:00:00.000Z',
  endTime: '2026-11-30T15:59:59.000Z',
  loctNo: '8801',
  summaryFlag: '1',
  itemNameFlag: '1',
  msgCount: 1,
  msgSeqNo: 1,
  note: '十一月汇总',
  lists: [{ invtNo: '88002026E000000001' }, { invtNo: '88002026E000000002' }],
};

export const minimalSummaryApply: CebSummaryApplyDocument = {
  customsCode: '8800',
  copNo: 'SUM20261201000001',
  agentCode: '5401960005',
  agentName: '报关行',
  ebcCode: '5401960002',
  ebcName: '电商',
  declAgentCode: '5401960005',
  declAgentName: '报关行',
  summaryFlag: '1',
  itemNameFlag: '1',
  lists: [],
};

/** The render options of the hand-written expected messages: appTime is 10:03:04 in Beijing. */
export const SAMPLE_OPTIONS = {
  guid: '4cde1cfd-eded-46b1-946c-b8022e42fc94',
  sender: { copCode: '5401960005', copName: '布达拉报关行', dxpId: 'DXPENT0000LHASA1', note: '报文备注' },
  appTime: new Date('2026-11-20T02:03:04Z'),
};
