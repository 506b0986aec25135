import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** One line of the export inventory list (CEB603 InventoryList); each line names its currency. */
export interface CebExportInventoryLine {
  gnum: number;
  itemNo: string;
  itemRecordNo?: string;
  itemName?: string;
  gcode: string;
  gname: string;
  gmodel: string;
  barCode: string;
  country: string;
  currency: string;
  qty: string;
  qty1: string;
  qty2?: string;
  unit: string;
  unit1: string;
  unit2?: string;
  price: string;
  totalPrice: string;
  note?: string;
}

/** The export inventory list (CEB603) as the contract carries it. */
export interface CebExportInventoryDocument {
  guid?: string;
  customsCode: string;
  ebpCode: string;
  ebpName: string;
  orderNo: string;
  logisticsCode: string;
  logisticsName: string;
  logisticsNo: string;
  copNo: string;
  preNo?: string;
  invtNo?: string;
  ieFlag: string;
  portCode: string;
  /** yyyyMMdd, as the standard has it. */
  ieDate: string;
  statisticsFlag: string;
  agentCode: string;
  agentName: string;
  ebcCode: string;
  ebcName: string;
  /** The producer; `NO` when it is not registered. */
  ownerCode: string;
  ownerName: string;
  iacCode?: string;
  iacName?: string;
  emsNo?: string;
  tradeMode: string;
  trafMode: string;
  trafName?: string;
  voyageNo?: string;
  billNo?: string;
  totalPackageNo?: string;
  loctNo?: string;
  licenseNo?: string;
  /** Destination country. */
  country: string;
  /** Port of destination: rendered as the element POD. */
  pod: string;
  freight: string;
  fCurrency: string;
  fFlag: string;
  insuredFee: string;
  iCurrency: string;
  iFlag: string;
  wrapType: string;
  packNo: number;
  grossWeight: string;
  netWeight: string;
  note?: string;
  lines: CebExportInventoryLine[];
}

// Element order of the export InventoryHead and InventoryList (the standard's sequence).
export const CEB603_INVENTORY_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'customsCode', 'ebpCode', 'ebpName', 'orderNo', 'logisticsCode',
  'logisticsName', 'logisticsNo', 'copNo', 'preNo', 'invtNo', 'ieFlag', 'portCode', 'ieDate', 'statisticsFlag',
  'agentCode', 'agentName', 'ebcCode', 'ebcName', 'ownerCode', 'ownerName', 'iacCode', 'iacName', 'emsNo',
  'tradeMode', 'trafMode', 'trafName', 'voyageNo', 'billNo', 'totalPackageNo', 'loctNo', 'licenseNo', 'country',
  'POD', 'freight', 'fCurrency', 'fFlag', 'insuredFee', 'iCurrency', 'iFlag', 'wrapType', 'packNo', 'grossWeight',
  'netWeight', 'note',
] as const;

export const CEB603_INVENTORY_LIST = [
  'gnum', 'itemNo', 'itemRecordNo', 'itemName', 'gcode', 'gname', 'gmodel', 'barCode', 'country', 'currency', 'qty',
  'qty1', 'qty2', 'unit', 'unit1', 'unit2', 'price', 'totalPrice', 'note',
] as const;

export function renderCeb603(list: CebExportInventoryDocument, options: CebRenderOptions): string {
  const { lines, guid, pod, ...head } = list;
  const values = { ...head, POD: pod, ...cebHeadPrefix('CEB603', options, guid) };
  const body = element('ceb:Inventory', [
    element('ceb:InventoryHead', cebFields(CEB603_INVENTORY_HEAD, values)),
    ...lines.map((line) => element('ceb:InventoryList', cebFields(CEB603_INVENTORY_LIST, { ...line }))),
  ]);
  return renderXmlDocument(cebMessage('CEB603', options, [body]));
}
