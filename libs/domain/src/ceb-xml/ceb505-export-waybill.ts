import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** The export waybill (CEB505) as the contract carries it. */
export interface CebExportWaybillDocument {
  guid?: string;
  logisticsCode: string;
  logisticsName: string;
  logisticsNo: string;
  freight: string;
  insuredFee: string;
  currency: string;
  grossWeight: string;
  /** Number of packages (件数): an int of at most 9 digits. */
  packNo: number;
  goodsInfo: string;
  ebcCode?: string;
  ebcName?: string;
  ebcTelephone?: string;
  note?: string;
}

// Element order of the export Logistics (the standard's sequence): no head element on export.
export const CEB505_LOGISTICS = [
  'guid', 'appType', 'appTime', 'appStatus', 'logisticsCode', 'logisticsName', 'logisticsNo', 'freight', 'insuredFee',
  'currency', 'grossWeight', 'packNo', 'goodsInfo', 'ebcCode', 'ebcName', 'ebcTelephone', 'note',
] as const;

export function renderCeb505(waybill: CebExportWaybillDocument, options: CebRenderOptions): string {
  const { guid, ...fields } = waybill;
  const values = { ...fields, ...cebHeadPrefix('CEB505', options, guid) };
  return renderXmlDocument(cebMessage('CEB505', options, [element('ceb:Logistics', cebFields(CEB505_LOGISTICS, values))]));
}
