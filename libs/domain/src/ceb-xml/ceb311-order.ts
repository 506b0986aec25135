import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** The import order (CEB311) as the contract carries it, plus optional fields of the standard. */
export interface CebOrderItem {
  gnum: number;
  itemNo?: string;
  itemName: string;
  /** Specification / model (规格型号): required by the schema, up to 510 characters. */
  gmodel: string;
  itemDescribe?: string;
  barCode?: string;
  unit: string;
  qty: string;
  price: string;
  totalPrice: string;
  country: string;
  note?: string;
}

export interface CebOrderDocument {
  guid?: string;
  orderType: string;
  orderNo: string;
  ebpCode: string;
  ebpName: string;
  ebcCode: string;
  ebcName: string;
  goodsValue: string;
  freight: string;
  discount: string;
  taxTotal: string;
  acturalPaid: string;
  currency: string;
  buyerRegNo: string;
  buyerName: string;
  buyerTelephone?: string;
  buyerIdType?: string;
  buyerIdNumber: string;
  payCode?: string;
  payName?: string;
  payTransactionId?: string;
  batchNumbers?: string;
  consignee: string;
  consigneeTelephone: string;
  consigneeAddress: string;
  consigneeDistrict?: string;
  note?: string;
  items: CebOrderItem[];
}

// Element order of the CEB311 OrderHead and OrderList (the standard's sequence).
export const CEB311_ORDER_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'orderType', 'orderNo', 'ebpCode', 'ebpName', 'ebcCode', 'ebcName',
  'goodsValue', 'freight', 'discount', 'taxTotal', 'acturalPaid', 'currency', 'buyerRegNo', 'buyerName',
  'buyerTelephone', 'buyerIdType', 'buyerIdNumber', 'payCode', 'payName', 'payTransactionId', 'batchNumbers',
  'consignee', 'consigneeTelephone', 'consigneeAddress', 'consigneeDistrict', 'note',
] as const;

export const CEB311_ORDER_LIST = [
  'gnum', 'itemNo', 'itemName', 'gmodel', 'itemDescribe', 'barCode', 'unit', 'qty', 'price', 'totalPrice',
  'currency', 'country', 'note',
] as const;

export function renderCeb311(order: CebOrderDocument, options: CebRenderOptions): string {
  const { items, guid, ...head } = order;
  const headValues = { ...head, ...cebHeadPrefix('CEB311', options, guid), buyerIdType: order.buyerIdType || '1' };
  const body = element('ceb:Order', [
    element('ceb:OrderHead', cebFields(CEB311_ORDER_HEAD, headValues)),
    // Item currency is the order's: import documents are all in CNY (142).
    ...items.map((item) => element('ceb:OrderList', cebFields(CEB311_ORDER_LIST, { ...item, currency: order.currency }))),
  ]);
  return renderXmlDocument(cebMessage('CEB311', options, [body]));
}
