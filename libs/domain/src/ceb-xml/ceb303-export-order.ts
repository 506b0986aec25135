import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** One goods line of the export order (CEB303 OrderList). */
export interface CebExportOrderItem {
  gnum: number;
  itemNo: string;
  itemName: string;
  itemDescribe?: string;
  barCode?: string;
  unit: string;
  qty: string;
  price: string;
  totalPrice: string;
  note?: string;
}

/** The export order (CEB303) as the contract carries it: the element names of the standard. */
export interface CebExportOrderDocument {
  guid?: string;
  /** E B2C, B B2B, W overseas-warehouse booking (domain.md §3). */
  orderType: string;
  orderNo: string;
  ebpCode: string;
  ebpName: string;
  ebcCode: string;
  ebcName: string;
  /** FOB value of the goods, without freight. */
  goodsValue: string;
  freight: string;
  currency: string;
  note?: string;
  items: CebExportOrderItem[];
}

// Element order of the export OrderHead and OrderList (the standard's sequence).
export const CEB303_ORDER_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'orderType', 'orderNo', 'ebpCode', 'ebpName', 'ebcCode', 'ebcName',
  'goodsValue', 'freight', 'currency', 'note',
] as const;

export const CEB303_ORDER_LIST = [
  'gnum', 'itemNo', 'itemName', 'itemDescribe', 'barCode', 'unit', 'currency', 'qty', 'price', 'totalPrice', 'note',
] as const;

export function renderCeb303(order: CebExportOrderDocument, options: CebRenderOptions): string {
  const { items, guid, ...head } = order;
  const body = element('ceb:Order', [
    element('ceb:OrderHead', cebFields(CEB303_ORDER_HEAD, { ...head, ...cebHeadPrefix('CEB303', options, guid) })),
    // A line's currency is the order's: one order, one currency.
    ...items.map((item) => element('ceb:OrderList', cebFields(CEB303_ORDER_LIST, { ...item, currency: order.currency }))),
  ]);
  return renderXmlDocument(cebMessage('CEB303', options, [body]));
}
