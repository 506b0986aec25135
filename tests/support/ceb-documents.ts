// CEB documents for tests: one builder per document, and `cebSet` for a matching set of the four.
import { randomBytes } from 'node:crypto';
import { residentIdCheckCharacter } from '@lhasa/domain';
import { BusinessKeys, GatePassDocument, ImportInventoryList, ImportOrder, Payment, VerificationListDocument, Waybill } from '@lhasa/contracts';
import type { ExportListCancel, ImportListCancel, ImportListReturn, ImportListReturnLine } from '@lhasa/contracts';

/** Enterprise codes of one test scenario (18-character credit codes, unique per run). */
export interface Parties {
  ebp: string;
  ebc: string;
  pay: string;
  logistics: string;
  agent: string;
  /** The consumer's ID number: limits count per buyer, so each scenario has its own. */
  buyerId: string;
}

export function parties(): Parties {
  const code = (prefix: string) => `${prefix}${randomBytes(8).toString('hex').toUpperCase().slice(0, 15)}`;
  return { ebp: code('91P'), ebc: code('91C'), pay: code('91Y'), logistics: code('91L'), agent: code('91A'), buyerId: residentId() };
}

/** A random resident ID number of Lhasa (540102), born 1990–1999, with its right check digit. */
export function residentId(): string {
  const digits = `540102199${randomBytes(8).readBigUInt64BE() % 10n ** 8n}`.padEnd(17, '0').slice(0, 17);
  return `${digits}${residentIdCheckCharacter(digits)}`;
}

export function uniqueNo(prefix: string): string {
  return `${prefix}${Date.now().toString(36).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`;
}

/** The zone warehouse enterprise operating the e-ledger a 1210 list names (its areaCode). */
export const ZONE_OPERATOR = '5401960010';

const BUYER = { buyerName: '张三', buyerTelephone: '13800000000' };

export function order(p: Parties, orderNo: string, overrides: Partial<ImportOrder> = {}): ImportOrder {
  return {
    orderType: 'I',
    orderNo,
    ebpCode: p.ebp,
    ebpName: 'Lhasa Platform',
    ebcCode: p.ebc,
    ebcName: 'Himalaya Goods',
    goodsValue: '200.00',
    freight: '10.00',
    discount: '5.00',
    taxTotal: '19.11',
    acturalPaid: '224.11',
    currency: '142',
    buyerRegNo: 'buyer-1',
    buyerName: BUYER.buyerName,
    buyerIdType: '1',
    buyerIdNumber: p.buyerId,
    buyerTelephone: BUYER.buyerTelephone,
    consignee: BUYER.buyerName,
    consigneeTelephone: BUYER.buyerTelephone,
    consigneeAddress: '西藏拉萨市城关区北京中路1号',
    items: [{ gnum: 1, itemName: 'Nepal tea', gmodel: '100g/盒', qty: '2', unit: '011', price: '100.00', totalPrice: '200.00', country: '125' }],
    ...overrides,
  };
}

export function payment(p: Parties, orderNo: string, overrides: Partial<Payment> = {}): Payment {
  return {
    payCode: p.pay,
    payName: 'Snow Pay',
    payTransactionId: uniqueNo('PAY'),
    orderNo,
    ebpCode: p.ebp,
    ebpName: 'Lhasa Platform',
    payerIdType: '1',
    payerIdNumber: p.buyerId,
    payerName: BUYER.buyerName,
    amountPaid: '224.11',
    currency: '142',
    payTime: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}

export function waybill(p: Parties, orderNo: string, overrides: Partial<Waybill> = {}): Waybill {
  return {
    logisticsCode: p.logistics,
    logisticsName: 'Plateau Express',
    logisticsNo: uniqueNo('LN'),
    orderNo,
    freight: '10.00',
    insuredFee: '0.00',
    weight: '1.2',
    packNo: 1,
    consignee: BUYER.buyerName,
    consigneeAddress: '西藏拉萨市城关区北京中路1号',
    consigneeTelephone: BUYER.buyerTelephone,
    ...overrides,
  };
}

export function inventoryList(
  p: Parties,
  orderNo: string,
  overrides: Partial<ImportInventoryList> = {},
): ImportInventoryList {
  return {
    copNo: uniqueNo('C'),
    orderNo,
    ebpCode: p.ebp,
    ebpName: 'Lhasa Platform',
    ebcCode: p.ebc,
    ebcName: 'Himalaya Goods',
    logisticsCode: p.logistics,
    logisticsName: 'Plateau Express',
    logisticsNo: uniqueNo('LN'),
    agentCode: p.agent,
    agentName: 'Potala Customs Brokers',
    assureCode: p.ebc,
    tradeMode: '1210',
    ieFlag: 'I',
    customsCode: '8800',
    portCode: '8801',
    trafMode: 'Y',
    emsNo: 'T88000000001',
    areaCode: ZONE_OPERATOR,
    buyerIdNumber: p.buyerId,
    buyerName: BUYER.buyerName,
    buyerTelephone: BUYER.buyerTelephone,
    consigneeAddress: '西藏拉萨市城关区北京中路1号',
    country: '125',
    currency: '142',
    freight: '10.00',
    insuredFee: '0.00',
    packNo: 1,
    grossWeight: '1.2',
    netWeight: '1',
    lines: [
      {
        gnum: 1,
        itemRecordNo: 'SKU-TEA-001',
        itemName: 'Nepal tea',
        gcode: '0902109000',
        gname: '尼泊尔红茶',
        gmodel: '100g/盒',
        country: '125',
        qty: '2',
        unit: '140',
        qty1: '0.2',
        unit1: '035',
        price: '100.00',
        totalPrice: '200.00',
      },
    ],
    ...overrides,
  };
}

/** Fixed parties, for tests that need the same documents twice (a resend) or a known filer. */
export const FIXED_PARTIES: Parties = {
  ebp: '5401960001',
  ebc: '5401960002',
  pay: '5401960003',
  logistics: '5401960004',
  agent: '5401960005',
  buyerId: '540102199001011233',
};

type SetOverrides = { order?: Partial<ImportOrder>; payment?: Partial<Payment>; waybill?: Partial<Waybill>; list?: Partial<ImportInventoryList> };

/**
 * Order, payment, waybill and 1210 inventory list of one consumer order that agree with each
 * other (three-document matching passes), with their business keys. Same orderNo, same set.
 */
export function cebSet(orderNo: string, overrides: SetOverrides = {}, p: Parties = FIXED_PARTIES) {
  const numbers = { payTransactionId: `PAY${orderNo}`, logisticsNo: `LN${orderNo}` };
  const theOrder = order(p, orderNo, { payCode: p.pay, payTransactionId: numbers.payTransactionId, ...overrides.order });
  const thePayment = payment(p, orderNo, { payTransactionId: numbers.payTransactionId, ...overrides.payment });
  const theWaybill = waybill(p, orderNo, { logisticsNo: numbers.logisticsNo, ...overrides.waybill });
  const list = inventoryList(p, orderNo, { copNo: `COP${orderNo}`.slice(0, 20), logisticsNo: numbers.logisticsNo, ...overrides.list });
  return {
    order: theOrder,
    payment: thePayment,
    waybill: theWaybill,
    list,
    keys: {
      order: BusinessKeys.order(theOrder),
      payment: BusinessKeys.payment(thePayment),
      waybill: BusinessKeys.waybill(theWaybill),
      list: BusinessKeys.inventoryList(list),
    },
  };
}

/** An INV101 verification list as the warehouse files it: one line of Nepalese tea. */
export function verificationListDocument(id: string, overrides: Partial<VerificationListDocument['head']> = {}): VerificationListDocument {
  return {
    head: {
      etpsInnerInvtNo: id,
      putrecNo: 'T8800W000001',
      bizopEtpsno: '5401960001',
      bizopEtpsNm: '拉萨综保区跨境电商仓',
      impexpMarkcd: 'I',
      mtpckEndprdMarkcd: 'I',
      supvModecd: '1210',
      dclcusFlag: '2',
      invtType: '0',
      dclplcCuscd: '8800',
      ...overrides,
    },
    lines: [{ gdsSeqno: 1, putrecSeqno: '1', gdecd: '0902301000', gdsNm: '红茶', dclUnitcd: '011', dclQty: '100', dclTotalAmt: '8000.00', dclCurrcd: '142', natcd: '125' }],
  };
}

/** An SAS121 gate pass carrying the verification list `bondInvtNo` on one truck. */
export function gatePassDocument(id: string, bondInvtNo: string): GatePassDocument {
  return {
    head: {
      etpsPreentNo: id,
      ioTypecd: 'I',
      bindTypecd: '2',
      rltTbTypecd: '1',
      vehicleNo: '藏A12345',
      areainOriactNo: 'T8800W000001',
      areainEtpsno: '5401960001',
      areainEtpsNm: '拉萨综保区跨境电商仓',
      dclplcCuscd: '8800',
    },
    relations: [{ rtlBillTypecd: '1', rtlBillNo: bondInvtNo }],
  };
}

/** The head a cancel (CEB623) or return (CEB625) repeats from the import list it names by invtNo. */
function listRequestHead(list: ImportInventoryList, invtNo: string) {
  return {
    customsCode: list.customsCode,
    orderNo: list.orderNo,
    ebpCode: list.ebpCode,
    ebpName: list.ebpName,
    ebcCode: list.ebcCode,
    ebcName: list.ebcName,
    logisticsNo: list.logisticsNo,
    logisticsCode: list.logisticsCode,
    logisticsName: list.logisticsName,
    copNo: list.copNo,
    invtNo,
    buyerIdType: '1',
    buyerIdNumber: list.buyerIdNumber,
    buyerName: list.buyerName,
    buyerTelephone: list.buyerTelephone,
    agentCode: list.agentCode,
    agentName: list.agentName,
  };
}

/** CEB623: the cancel of `list`, which customs numbered `invtNo`. */
export function listCancel(list: ImportInventoryList, invtNo: string, overrides: Partial<ImportListCancel> = {}): ImportListCancel {
  return { ...listRequestHead(list, invtNo), reason: '消费者取消订单', ...overrides };
}

/** CEB625: a return of `list` (numbered `invtNo`); by default every line comes back whole. */
export function listReturn(
  list: ImportInventoryList,
  invtNo: string,
  lines: Array<Pick<ImportListReturnLine, 'gnum' | 'qty'> & Partial<ImportListReturnLine>> = list.lines.map((l) => ({ gnum: l.gnum, qty: l.qty })),
  overrides: Partial<ImportListReturn> = {},
): ImportListReturn {
  const byGnum = new Map(list.lines.map((l) => [l.gnum, l]));
  return {
    ...listRequestHead(list, invtNo),
    reason: '七天无理由退货',
    lines: lines.map((l) => {
      const declared = byGnum.get(l.gnum);
      return { gcode: declared?.gcode ?? '0902109000', gname: declared?.gname ?? '尼泊尔红茶', unit: declared?.unit ?? '140', ...l };
    }),
    ...overrides,
  };
}

/** CEB605: the cancel of an export list of `p`'s agent and company, by its copNo and invtNo. */
export function exportListCancel(p: Parties, copNo: string, invtNo: string, overrides: Partial<ExportListCancel> = {}): ExportListCancel {
  return {
    customsCode: '8800',
    copNo,
    invtNo,
    reason: '合同取消',
    agentCode: p.agent,
    agentName: 'Potala Customs Brokers',
    ebcCode: p.ebc,
    ebcName: 'Himalaya Goods',
    ...overrides,
  };
}
