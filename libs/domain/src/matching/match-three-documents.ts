import { normaliseIdNumber } from '../buyer-id/buyer-id';
import { formatMoney, parseMoney } from '../money/money';
import { parseQuantity } from '../quantity/quantity';
import { DomainError } from '../shared/domain-error';
import { checkOrderArithmetic } from './order-arithmetic';
import { MatchGoodsLine, MatchInventoryList, MatchOrder, MatchPayment, MatchWaybill, Mismatch, ThreeDocuments } from './documents';

/**
 * Three-document matching (三单对碰, domain.md §4): order, payment and waybill must exist and
 * agree with each other and with the inventory list before the list goes to customs.
 * Every disagreement is reported (not just the first) so the enterprise can fix all at once.
 * Comparisons are exact: no amount tolerance; ID numbers are compared in the one normalised
 * form (`normaliseIdNumber`), the form the consumer limits count in.
 */
export function matchThreeDocuments(documents: ThreeDocuments): Mismatch[] {
  const { order, payment, waybill, list } = documents;
  const mismatches: Mismatch[] = [...missing(documents)];
  if (order && list) mismatches.push(...orderAgainstList(order, list), ...matchListLines(order, list));
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

/** ID numbers in their one form (trimmed, check letter upper-case), as the limits count them. */
const idNumber = (value: string | undefined) => (value === undefined ? undefined : normaliseIdNumber(value));

function orderAgainstList(order: MatchOrder, list: MatchInventoryList): Mismatch[] {
  return [
    ...same('MATCH.ORDER_NO', 'order.orderNo', order.orderNo, 'list.orderNo', list.orderNo),
    ...same('MATCH.EBP_CODE', 'order.ebpCode', order.ebpCode, 'list.ebpCode', list.ebpCode),
    ...same('MATCH.EBC_CODE', 'order.ebcCode', order.ebcCode, 'list.ebcCode', list.ebcCode),
    // The consumer limits are kept per buyer: a list filed under another buyer would evade them.
    ...same('MATCH.BUYER_ID_NUMBER', 'order.buyerIdNumber', idNumber(order.buyerIdNumber), 'list.buyerIdNumber', idNumber(list.buyerIdNumber)),
    ...same('MATCH.BUYER_NAME', 'order.buyerName', order.buyerName, 'list.buyerName', list.buyerName),
    ...sameFreight(order, list),
  ];
}

/**
 * The list's freight is the order's (domain.md §4): it is part of the dutiable value and of the
 * transaction value the limits count, so a list that leaves it out under-declares the tax.
 */
function sameFreight(order: MatchOrder, list: MatchInventoryList): Mismatch[] {
  const ordered = money(order.freight, 'order.freight');
  const declared = money(list.freight, 'list.freight');
  if (ordered === declared) return [];
  return [{ code: 'MATCH.FREIGHT', field: 'list.freight', message: `list.freight ${formatMoney(declared)} differs from order.freight ${formatMoney(ordered)}` }];
}

/**
 * The list declares what the order sold (domain.md §4): every order item has its line on the
 * list (paired by itemNo when both name the same one, else by gnum) with the same qty, price
 * and totalPrice; the list declares no line the order did not sell; and the list's goods value
 * (Σ lines' totalPrice) equals the order's goodsValue. Exact, in fen and quantity units. Import
 * and export lists alike (matchExportDocuments).
 */
export function matchListLines(
  order: { goodsValue: string; items: ReadonlyArray<MatchGoodsLine> },
  list: { lines: ReadonlyArray<MatchGoodsLine> },
): Mismatch[] {
  const found: Mismatch[] = [];
  const { pairs, unpairedItems, unpairedLines } = pairLines(order.items, list.lines);
  for (const i of unpairedItems) {
    const item = order.items[i];
    found.push({
      code: 'MATCH.LINE_MISSING',
      field: 'list.lines',
      message: `order.items.${i} (gnum ${item.gnum}${item.itemNo ? `, itemNo ${JSON.stringify(item.itemNo)}` : ''}) has no line on the list`,
    });
  }
  for (const j of unpairedLines) {
    const line = list.lines[j];
    found.push({
      code: 'MATCH.LINE_NOT_ORDERED',
      field: `list.lines.${j}`,
      message: `list.lines.${j} (gnum ${line.gnum}${line.itemNo ? `, itemNo ${JSON.stringify(line.itemNo)}` : ''}) is not an item of the order`,
    });
  }
  for (const [i, j] of pairs) {
    const item = order.items[i];
    const line = list.lines[j];
    const left = `order.items.${i}`;
    const right = `list.lines.${j}`;
    if (item.itemNo !== undefined && line.itemNo !== undefined) {
      found.push(...same('MATCH.LINE_ITEM_NO', `${left}.itemNo`, item.itemNo, `${right}.itemNo`, line.itemNo));
    }
    if (quantity(item.qty, `${left}.qty`) !== quantity(line.qty, `${right}.qty`)) {
      found.push({ code: 'MATCH.LINE_QTY', field: `${right}.qty`, message: `${right}.qty ${line.qty} differs from ${left}.qty ${item.qty}` });
    }
    if (money(item.price, `${left}.price`) !== money(line.price, `${right}.price`)) {
      found.push({ code: 'MATCH.LINE_PRICE', field: `${right}.price`, message: `${right}.price ${line.price} differs from ${left}.price ${item.price}` });
    }
    if (money(item.totalPrice, `${left}.totalPrice`) !== money(line.totalPrice, `${right}.totalPrice`)) {
      found.push({
        code: 'MATCH.LINE_TOTAL_PRICE',
        field: `${right}.totalPrice`,
        message: `${right}.totalPrice ${line.totalPrice} differs from ${left}.totalPrice ${item.totalPrice}`,
      });
    }
  }
  const listGoods = list.lines.reduce((sum, line, j) => sum + money(line.totalPrice, `list.lines.${j}.totalPrice`), 0n);
  const orderGoods = money(order.goodsValue, 'order.goodsValue');
  if (listGoods !== orderGoods) {
    found.push({
      code: 'MATCH.GOODS_VALUE',
      field: 'list.goodsValue',
      message: `list goods value (Σ lines.totalPrice) ${formatMoney(listGoods)} differs from order.goodsValue ${formatMoney(orderGoods)}`,
    });
  }
  return found;
}

/** Order items and list lines paired: by an itemNo both sides name once, then by gnum. */
function pairLines(items: ReadonlyArray<MatchGoodsLine>, lines: ReadonlyArray<MatchGoodsLine>) {
  const once = (rows: ReadonlyArray<MatchGoodsLine>) => {
    const seen = new Map<string, number>();
    const twice = new Set<string>();
    rows.forEach((row, index) => {
      if (row.itemNo === undefined || row.itemNo === '') return;
      if (seen.has(row.itemNo)) twice.add(row.itemNo);
      seen.set(row.itemNo, index);
    });
    for (const itemNo of twice) seen.delete(itemNo);
    return seen;
  };
  const itemByNo = once(items);
  const lineByNo = once(lines);
  const freeLines = new Set(lines.map((_, j) => j));
  const pairs: Array<[number, number]> = [];
  const byGnum: number[] = [];
  items.forEach((item, i) => {
    const j = item.itemNo !== undefined && itemByNo.get(item.itemNo) === i ? lineByNo.get(item.itemNo) : undefined;
    if (j !== undefined && freeLines.has(j)) {
      pairs.push([i, j]);
      freeLines.delete(j);
    } else {
      byGnum.push(i);
    }
  });
  const unpairedItems: number[] = [];
  for (const i of byGnum) {
    const j = [...freeLines].find((k) => lines[k].gnum === items[i].gnum);
    if (j === undefined) {
      unpairedItems.push(i);
    } else {
      pairs.push([i, j]);
      freeLines.delete(j);
    }
  }
  pairs.sort((a, b) => a[1] - b[1]);
  return { pairs, unpairedItems, unpairedLines: [...freeLines].sort((a, b) => a - b) };
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

function quantity(text: string, field: string): bigint {
  try {
    return parseQuantity(text);
  } catch {
    throw new DomainError('MATCH.INVALID_QUANTITY', `${field} ${JSON.stringify(text)} is not a quantity`, field);
  }
}

function money(text: string, field: string): bigint {
  try {
    return parseMoney(text);
  } catch {
    throw new DomainError('MATCH.INVALID_AMOUNT', `${field} ${JSON.stringify(text)} is not an amount in yuan`, field);
  }
}
