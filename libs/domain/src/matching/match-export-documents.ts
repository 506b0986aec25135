import { exportOrderTypeFor, PAYMENT_RECEIPT_EXPORT_MODES } from '../codes/export-modes';
import { MatchGoodsLine, Mismatch } from './documents';
import { matchListLines } from './match-three-documents';

/** The fields of a CEB303 export order that matching reads (the contract class fits it). */
export interface MatchExportOrder {
  orderType: string;
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  goodsValue: string;
  currency: string;
  items: ReadonlyArray<MatchGoodsLine>;
}

/** A CEB403 receipt of payment: one per export order of the e-commerce company. */
export interface MatchPaymentReceipt {
  ebcCode: string;
  orderNo: string;
}

/** A CEB505 export waybill. */
export interface MatchExportWaybill {
  logisticsCode: string;
  logisticsNo: string;
}

/** A CEB603 export list as matching compares it; each line names its currency. */
export interface MatchExportList {
  tradeMode: string;
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  logisticsCode: string;
  logisticsNo: string;
  lines: ReadonlyArray<MatchGoodsLine & { currency: string }>;
}

export interface ExportDocuments {
  order?: MatchExportOrder;
  paymentReceipt?: MatchPaymentReceipt;
  waybill?: MatchExportWaybill;
  list: MatchExportList;
}

/** The documents an export list of this mode is matched with. */
export type ExportPartnerName = 'order' | 'paymentReceipt' | 'waybill';

/**
 * Which partners customs looks for before an export list can clear: its order (by orderNo,
 * ebpCode, ebcCode) and waybill (by logisticsCode, logisticsNo) always, the receipt of payment
 * (by ebcCode, orderNo) for the modes that collect from a consumer (9610).
 */
export function exportListPartners(tradeMode: string): ExportPartnerName[] {
  return PAYMENT_RECEIPT_EXPORT_MODES.includes(tradeMode) ? ['order', 'paymentReceipt', 'waybill'] : ['order', 'waybill'];
}

const MISSING: Record<ExportPartnerName, { code: string; what: string }> = {
  order: { code: 'MATCH.MISSING_ORDER', what: 'order (CEB303)' },
  paymentReceipt: { code: 'MATCH.MISSING_PAYMENT_RECEIPT', what: 'receipt of payment (CEB403)' },
  waybill: { code: 'MATCH.MISSING_WAYBILL', what: 'waybill (CEB505)' },
};

function same(code: string, leftField: string, left: string, rightField: string, right: string): Mismatch[] {
  if (left === right) return [];
  return [{ code, field: rightField, message: `${rightField} ${JSON.stringify(right)} differs from ${leftField} ${JSON.stringify(left)}` }];
}

/**
 * Export matching, as customs does it for a CEB603 (domain.md §3b, §4 by analogy): the partners
 * its mode needs are present; the order's orderType fits the list's tradeMode (E for 9610 and
 * 1210, B for 9710, W for 9810); the list declares what the order sold (lines ↔ items by itemNo,
 * else gnum: qty, price, totalPrice; Σ lines' totalPrice = the order's goodsValue, the FOB value)
 * in the order's currency; the keys agree. Every disagreement is reported, exact, no tolerance.
 */
export function matchExportDocuments(documents: ExportDocuments): Mismatch[] {
  const { order, paymentReceipt, waybill, list } = documents;
  const found: Mismatch[] = [];
  for (const name of exportListPartners(list.tradeMode)) {
    if (!documents[name]) found.push({ code: MISSING[name].code, field: name, message: `the ${MISSING[name].what} has not been received` });
  }
  const orderType = exportOrderTypeFor(list.tradeMode);
  if (orderType === undefined) {
    found.push({ code: 'MATCH.TRADE_MODE', field: 'list.tradeMode', message: `list.tradeMode ${list.tradeMode} is not an export mode` });
  }
  if (order) {
    if (orderType !== undefined && order.orderType !== orderType) {
      found.push({
        code: 'MATCH.ORDER_TYPE',
        field: 'order.orderType',
        message: `order.orderType ${JSON.stringify(order.orderType)} does not fit list.tradeMode ${list.tradeMode}, which is ordered with ${JSON.stringify(orderType)}`,
      });
    }
    found.push(
      ...same('MATCH.ORDER_NO', 'order.orderNo', order.orderNo, 'list.orderNo', list.orderNo),
      ...same('MATCH.EBP_CODE', 'order.ebpCode', order.ebpCode, 'list.ebpCode', list.ebpCode),
      ...same('MATCH.EBC_CODE', 'order.ebcCode', order.ebcCode, 'list.ebcCode', list.ebcCode),
      ...matchListLines(order, list),
    );
    list.lines.forEach((line, j) => found.push(...same('MATCH.CURRENCY', 'order.currency', order.currency, `list.lines.${j}.currency`, line.currency)));
  }
  if (paymentReceipt) {
    found.push(
      ...same('MATCH.PAYMENT_RECEIPT_EBC_CODE', 'list.ebcCode', list.ebcCode, 'paymentReceipt.ebcCode', paymentReceipt.ebcCode),
      ...same('MATCH.PAYMENT_RECEIPT_ORDER_NO', 'list.orderNo', list.orderNo, 'paymentReceipt.orderNo', paymentReceipt.orderNo),
    );
  }
  if (waybill) {
    found.push(
      ...same('MATCH.LOGISTICS_CODE', 'waybill.logisticsCode', waybill.logisticsCode, 'list.logisticsCode', list.logisticsCode),
      ...same('MATCH.LOGISTICS_NO', 'waybill.logisticsNo', waybill.logisticsNo, 'list.logisticsNo', list.logisticsNo),
    );
  }
  return found;
}
