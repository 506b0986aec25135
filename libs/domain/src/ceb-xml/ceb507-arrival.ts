import { cebFields, cebHeadPrefix, cebMessage, cebMessageSequence, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** One waybill that arrived (ArrivalList). */
export interface CebArrivalLine {
  gnum: number;
  logisticsNo: string;
  totalPackageNo?: string;
  note?: string;
}

/** Arrival of export goods at the supervision site (运抵, CEB507), filed by the logistics company. */
export interface CebArrivalDocument {
  guid?: string;
  customsCode: string;
  copNo: string;
  preNo?: string;
  operatorCode: string;
  operatorName: string;
  loctNo?: string;
  ieFlag: string;
  trafMode: string;
  billNo?: string;
  domesticTrafNo: string;
  logisticsCode: string;
  logisticsName: string;
  /** How many messages the filing is split into, and this one's number: 1 of 1 by default. */
  msgCount?: number;
  msgSeqNo?: number;
  note?: string;
  lines: CebArrivalLine[];
}

// Element order of ArrivalHead and ArrivalList (the standard's sequence).
export const CEB507_ARRIVAL_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'customsCode', 'copNo', 'preNo', 'operatorCode', 'operatorName', 'loctNo',
  'ieFlag', 'trafMode', 'billNo', 'domesticTrafNo', 'logisticsCode', 'logisticsName', 'msgCount', 'msgSeqNo', 'note',
] as const;

export const CEB507_ARRIVAL_LIST = ['gnum', 'logisticsNo', 'totalPackageNo', 'note'] as const;

export function renderCeb507(arrival: CebArrivalDocument, options: CebRenderOptions): string {
  const { lines, guid, ...head } = arrival;
  const body = element('ceb:Arrival', [
    element('ceb:ArrivalHead', cebFields(CEB507_ARRIVAL_HEAD, { ...head, ...cebMessageSequence(head), ...cebHeadPrefix('CEB507', options, guid) })),
    ...lines.map((line) => element('ceb:ArrivalList', cebFields(CEB507_ARRIVAL_LIST, { ...line }))),
  ]);
  return renderXmlDocument(cebMessage('CEB507', options, [body]));
}
