import { BusinessKeys, ImportInventoryList, ImportOrder, Payment, Waybill } from '@lhasa/contracts';

/** A consistent set of order, payment, waybill and 1210 inventory list for one consumer order. */
export function cebSet(orderNo: string, overrides: { order?: Partial<ImportOrder>; payment?: Partial<Payment>; waybill?: Partial<Waybill>; list?: Partial<ImportInventoryList> } = {}) {
  const ebpCode = '5401960001';
  const ebcCode = '5401960002';
  const payCode = '5401960003';
  const logisticsCode = '5401960004';
  const agentCode = '5401960005';
  const logisticsNo = `LN${orderNo}`;
  const consignee = { consignee: '卓玛', consigneeTelephone: '13900000000', consigneeAddress: '西藏拉萨市城关区北京中路1号' };
  const order: ImportOrder = {
    orderType: 'I',
    orderNo,
    ebpCode,
    ebpName: '雪域电商平台',
    ebcCode,
    ebcName: '拉萨好物有限公司',
    goodsValue: '200.00',
    freight: '10.00',
    discount: '0.00',
    taxTotal: '19.11',
    acturalPaid: '229.11',
    currency: '142',
    buyerRegNo: 'buyer-1',
    buyerName: '卓玛',
    buyerIdType: '1',
    buyerIdNumber: '540102199001011234',
    buyerTelephone: '13900000000',
    payCode,
    payTransactionId: `PAY${orderNo}`,
    ...consignee,
    items: [{ gnum: 1, itemName: '尼泊尔手工茶', qty: '2', unit: '011', price: '100.00', totalPrice: '200.00', country: '125' }],
    ...overrides.order,
  };
  const payment: Payment = {
    payCode,
    payName: '雪域支付',
    payTransactionId: `PAY${orderNo}`,
    orderNo,
    ebpCode,
    ebpName: '雪域电商平台',
    payerIdType: '1',
    payerIdNumber: '540102199001011234',
    payerName: '卓玛',
    amountPaid: '229.11',
    currency: '142',
    payTime: '2026-03-01T08:00:00Z',
    ...overrides.payment,
  };
  const waybill: Waybill = {
    logisticsCode,
    logisticsName: '高原物流',
    logisticsNo,
    orderNo,
    freight: '10.00',
    insuredFee: '0.00',
    weight: '1.2',
    ...consignee,
    ...overrides.waybill,
  };
  const list: ImportInventoryList = {
    copNo: `COP${orderNo}`.slice(0, 20),
    orderNo,
    ebpCode,
    ebpName: '雪域电商平台',
    ebcCode,
    ebcName: '拉萨好物有限公司',
    logisticsCode,
    logisticsName: '高原物流',
    logisticsNo,
    agentCode,
    agentName: '拉萨报关行',
    areaCode: '5401960006',
    areaName: '拉萨综保区仓储',
    tradeMode: '1210',
    ieFlag: 'I',
    customsCode: '8800',
    portCode: '8801',
    emsNo: 'T88000000001',
    buyerIdNumber: '540102199001011234',
    buyerName: '卓玛',
    buyerTelephone: '13900000000',
    consigneeAddress: consignee.consigneeAddress,
    country: '125',
    currency: '142',
    freight: '10.00',
    insuredFee: '0.00',
    grossWeight: '1.2',
    netWeight: '1',
    lines: [
      {
        gnum: 1,
        itemRecordNo: 'SKU-TEA-1',
        itemName: '尼泊尔手工茶',
        gcode: '0902109000',
        gname: '绿茶',
        gmodel: '100g/盒',
        country: '125',
        qty: '2',
        unit: '011',
        qty1: '0.2',
        unit1: '035',
        price: '100.00',
        totalPrice: '200.00',
      },
    ],
    ...overrides.list,
  };
  return {
    order,
    payment,
    waybill,
    list,
    keys: {
      order: BusinessKeys.order(order),
      payment: BusinessKeys.payment(payment),
      waybill: BusinessKeys.waybill(waybill),
      list: BusinessKeys.inventoryList(list),
    },
  };
}
