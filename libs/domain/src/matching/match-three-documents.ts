import { formatMoney, parseMoney } from '../money/money';
import { DomainError } from '../shared/domain-error';
import { checkOrderArithmetic } from './order-arithmetic';
import { MatchInventoryList, MatchOrder, MatchPayment, MatchWaybill, Mismatch, ThreeDocuments } from './documents';

/**
 * Three-document matching (三单对碰, domain.md §4): order, payment and waybill must exist and
 * agree with each other and with the inventory list before the list goes to customs.
 * Every disagreement is reported (not just the first) so the enterprise can fix all at once.
 * Comparisons are exact: no amount tolerance, no normalisation beyond the ID check letter.
 */
export function matchThreeDocuments(documents: ThreeDocuments): Mismatch[] {
  const { order, payment, waybill, list } = documents;
  const mismatches: Mismatch[] = [...missing(documents)];
  if (order && list) mismatches.push(...orderAgainstList(order, list));
  if (waybill && list) mismatches.push(...waybillAgainstList(waybill, list));
  if (payment && order) mismatches.push(...paymentAgainstOrder(payment, order, documents.buyerIdentityVerified === true));
  if (waybill && order) mismatches.push(...waybillAgainstOrder(waybill, order));
  if (order) mismatches.push(...orderArithmetic(order));
  return mismatches;
}

function missing({ order, payment, waybill, list }: ThreeDocuments): Mismatch[] {
  const absent: Mismatch[] = [];
  const need = (present: unknown, code: string, field: string, what: string) => {
    if (!present) absent.push({ code, field, message: `the ${what} has not been received` });
  };
  need(order, 'MATCH.MISSING_ORDER', 'order', 'order (CEB311)');
  need(payment, 'MATCH.MISSING_PAYMENT', 'payment', 'payment (CEB411)');
  need(waybill, 'MATCH.MISSING_WAYBILL', 'waybill', 'waybill (CEB511)');
  need(list, 'MATCH.MISSING_LIST', 'list', 'inventory list (CEB621)');
  return absent;
}

/** One field compared across two documents; the message names both sides and values. */
function same(code: string, leftField: string, left: string | undefined, rightField: string, right: string | undefined): Mismatch[] {
  if (left === right) return [];
  return [{ code, field: rightField, message: `${rightField} ${JSON.stringify(right)} differs from ${leftField} ${JSON.stringify(left)}` }];
}

/** ID numbers: the final check character X is the same in either case. */
const idNumber = (value: string | undefined) => value?.toUpperCase();

function orderAgainstList(order: MatchOrder, list: MatchInventoryList): Mismatch[] {
  return [
    ...same('MATCH.ORDER_NO', 'order.orderNo', order.orderNo, 'list.orderNo', list.orderNo),
    ...same('MATCH.EBP_CODE', 'order.ebpCode', order.ebpCode, 'list.ebpCode', list.ebpCode),
    ...same('MATCH.EBC_CODE', 'order.ebcCode', order.ebcCode, 'list.ebcCode', list.ebcCode),
    // The consumer limits are kept per buyer: a list filed under another buyer would evade them.
    ...same('MATCH.BUYER_ID_NUMBER', 'order.buyerIdNumber', idNumber(order.buyerIdNumber), 'list.buyerIdNumber', idNumber(list.buyerIdNumber)),
    ...same('MATCH.BUYER_NAME', 'order.buyerName', order.buyerName, 'list.buyerName', list.buyerName),
  ];
}

function waybillAgainstList(waybill: MatchWaybill, list: MatchInventoryList): Mismatch[] {
  return [
    ...same('MATCH.LOGISTICS_CODE', 'waybill.logisticsCode', waybill.logisticsCode, 'list.logisticsCode', list.logisticsCode),
    ...same('MATCH.LOGISTICS_NO', 'waybill.logisticsNo', waybill.logisticsNo, 'list.logisticsNo', list.logisticsNo),
  ];
}

function paymentAgainstOrder(payment: MatchPayment, order: MatchOrder, buyerVerified: boolean): Mismatch[] {
  const found: Mismatch[] = [
    ...same('MATCH.PAYMENT_ORDER_NO', 'order.orderNo', order.orderNo, 'payment.orderNo', payment.orderNo),
    // orderNo is unique only per platform, so the platform must agree too.
    ...same('MATCH.PAYMENT_EBP_CODE', 'order.ebpCode', order.ebpCode, 'payment.ebpCode', payment.ebpCode),
  ];
  if (order.payCode) found.push(...same('MATCH.PAY_CODE', 'order.payCode', order.payCode, 'payment.payCode', payment.payCode));
  if (order.payTransactionId) {
    found.push(...same('MATCH.PAY_TRANSACTION_ID', 'order.payTransactionId', order.payTransactionId, 'payment.payTransactionId', payment.payTransactionId));
  }
  const paid = money(order.acturalPaid, 'order.acturalPaid');
  const amount = money(payment.amountPaid, 'payment.amountPaid');
  if (paid !== amount) {
    found.push({
      code: 'MATCH.AMOUNT_PAID',
      field: 'payment.amountPaid',
      message: `acturalPaid ${formatMoney(paid)} differs from amountPaid ${formatMoney(amount)}`,
    });
  }
  if (!buyerVerified) {
    found.push(
      ...same('MATCH.PAYER_NAME', 'order.buyerName', order.buyerName, 'payment.payerName', payment.payerName),
      ...same('MATCH.PAYER_ID_NUMBER', 'order.buyerIdNumber', idNumber(order.buyerIdNumber), 'payment.payerIdNumber', idNumber(payment.payerIdNumber)),
    );
  }
  return found;
}

function waybillAgainstOrder(waybill: MatchWaybill, order: MatchOrder): Mismatch[] {
  return [
    ...same('MATCH.WAYBILL_ORDER_NO', 'order.orderNo', order.orderNo, 'waybill.orderNo', waybill.orderNo),
    ...same('MATCH.CONSIGNEE', 'order.consignee', order.consignee, 'waybill.consignee', waybill.consignee),
    ...same('MATCH.CONSIGNEE_TELEPHONE', 'order.consigneeTelephone', order.consigneeTelephone, 'waybill.consigneeTelephone', waybill.consigneeTelephone),
    ...same('MATCH.CONSIGNEE_ADDRESS', 'order.consigneeAddress', order.consigneeAddress, 'waybill.consigneeAddress', waybill.consigneeAddress),
  ];
}

/** The order's own arithmetic, named as customs reports it (order.…). */
function orderArithmetic(order: MatchOrder): Mismatch[] {
  for (const field of ['goodsValue', 'freight', 'taxTotal', 'discount', 'acturalPaid'] as const) money(order[field], `order.${field}`);
  order.items.forEach((item, i) => {
    money(item.price, `order.items.${i}.price`);
    money(item.totalPrice, `order.items.${i}.totalPrice`);
  });
  return checkOrderArithmetic(order, 'order.');
}

function money(text: string, field: string): bigint {
  try {
    return parseMoney(text);
  } catch {
    throw new DomainError('MATCH.INVALID_AMOUNT', `${field} ${JSON.stringify(text)} is not an amount in yuan`, field);
  }
}
