import { CNY_CEB_CODE } from '../codes/currencies';
import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** The waybill (CEB511) as the contract carries it, plus the standard's optional fields. */
export interface CebWaybillDocument {
  guid?: string;
  logisticsCode: string;
  logisticsName: string;
  logisticsNo: string;
  billNo?: string;
  orderNo: string;
  freight: string;
  insuredFee: string;
  /** Defaults to 142 (CNY), the currency of import documents. */
  currency?: string;
  weight: string;
  /** Number of packages (件数): required by the schema, an int of at most 9 digits. */
  packNo: number;
  goodsInfo?: string;
  consignee: string;
  consigneeAddress: string;
  consigneeTelephone: string;
  note?: string;
}

export const CEB511_LOGISTICS_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'logisticsCode', 'logisticsName', 'logisticsNo', 'billNo', 'orderNo',
  'freight', 'insuredFee', 'currency', 'weight', 'packNo', 'goodsInfo', 'consignee', 'consigneeAddress',
  'consigneeTelephone', 'note',
] as const;

export function renderCeb511(waybill: CebWaybillDocument, options: CebRenderOptions): string {
  const { guid, ...head } = waybill;
  const values = { ...head, ...cebHeadPrefix('CEB511', options, guid), currency: waybill.currency ?? CNY_CEB_CODE };
  const body = element('ceb:Logistics', [element('ceb:LogisticsHead', cebFields(CEB511_LOGISTICS_HEAD, values))]);
  return renderXmlDocument(cebMessage('CEB511', options, [body]));
}
