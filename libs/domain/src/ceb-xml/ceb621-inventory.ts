import { beijingDate } from '../customs-numbers/beijing-time';
import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** One line of the import inventory list (CEB621). */
export interface CebInventoryLine {
  gnum: number;
  itemRecordNo?: string;
  itemNo?: string;
  itemName: string;
  gcode: string;
  gname: string;
  gmodel: string;
  barCode?: string;
  country: string;
  qty: string;
  unit: string;
  qty1: string;
  unit1: string;
  qty2?: string;
  unit2?: string;
  price: string;
  totalPrice: string;
  note?: string;
}

/** The import inventory list as the contract carries it, plus the standard's optional fields. */
export interface CebInventoryDocument {
  guid?: string;
  orderNo: string;
  ebpCode: string;
  ebpName: string;
  ebcCode: string;
  ebcName: string;
  logisticsNo: string;
  logisticsCode: string;
  logisticsName: string;
  copNo: string;
  preNo?: string;
  /** The enterprise guaranteeing the tax (担保企业编号): required by the schema, up to 30 characters. */
  assureCode: string;
  emsNo?: string;
  invtNo?: string;
  ieFlag: string;
  /** yyyyMMdd; defaults to the Beijing date of appTime. */
  declTime?: string;
  customsCode: string;
  portCode: string;
  ieDate?: string;
  buyerIdType?: string;
  buyerIdNumber: string;
  buyerName: string;
  buyerTelephone: string;
  consigneeAddress: string;
  agentCode: string;
  agentName: string;
  areaCode?: string;
  areaName?: string;
  tradeMode: string;
  /** Transport mode (运输方式), one character of the customs code table: required by the schema. */
  trafMode: string;
  trafNo?: string;
  voyageNo?: string;
  billNo?: string;
  loctNo?: string;
  licenseNo?: string;
  country: string;
  freight: string;
  insuredFee: string;
  currency: string;
  wrapType?: string;
  /** Number of packages (件数): required by the schema, an int of at most 9 digits. */
  packNo: number;
  grossWeight: string;
  netWeight: string;
  note?: string;
  lines: CebInventoryLine[];
}

export const CEB621_INVENTORY_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'orderNo', 'ebpCode', 'ebpName', 'ebcCode', 'ebcName', 'logisticsNo',
  'logisticsCode', 'logisticsName', 'copNo', 'preNo', 'assureCode', 'emsNo', 'invtNo', 'ieFlag', 'declTime',
  'customsCode', 'portCode', 'ieDate', 'buyerIdType', 'buyerIdNumber', 'buyerName', 'buyerTelephone',
  'consigneeAddress', 'agentCode', 'agentName', 'areaCode', 'areaName', 'tradeMode', 'trafMode', 'trafNo',
  'voyageNo', 'billNo', 'loctNo', 'licenseNo', 'country', 'freight', 'insuredFee', 'currency', 'wrapType', 'packNo',
  'grossWeight', 'netWeight', 'note',
] as const;

export const CEB621_INVENTORY_LIST = [
  'gnum', 'itemRecordNo', 'itemNo', 'itemName', 'gcode', 'gname', 'gmodel', 'barCode', 'country', 'currency',
  'qty', 'unit', 'qty1', 'unit1', 'qty2', 'unit2', 'price', 'totalPrice', 'note',
] as const;

export function renderCeb621(list: CebInventoryDocument, options: CebRenderOptions): string {
  const { lines, guid, ...head } = list;
  const values = {
    ...head,
    ...cebHeadPrefix('CEB621', options, guid),
    declTime: list.declTime ?? beijingDate(options.appTime ?? new Date()),
    buyerIdType: list.buyerIdType || '1',
  };
  const body = element('ceb:Inventory', [
    element('ceb:InventoryHead', cebFields(CEB621_INVENTORY_HEAD, values)),
    ...lines.map((line) => element('ceb:InventoryList', cebFields(CEB621_INVENTORY_LIST, { ...line, currency: list.currency }))),
  ]);
  return renderXmlDocument(cebMessage('CEB621', options, [body]));
}
