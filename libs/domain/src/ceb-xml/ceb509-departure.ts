import { cebFields, cebHeadPrefix, cebMessage, cebMessageSequence, CebRenderOptions } from './ceb-envelope';
import { toCebTime } from './ceb-time';
import { element, renderXmlDocument } from './xml-writer';

/** One waybill that left the country (DepartureList). */
export interface CebDepartureLine {
  gnum: number;
  totalPackageNo?: string;
  logisticsNo: string;
  note?: string;
}

/** Departure of export goods from the country (离境, CEB509), filed by the logistics company. */
export interface CebDepartureDocument {
  guid?: string;
  customsCode: string;
  copNo: string;
  preNo?: string;
  logisticsCode: string;
  logisticsName: string;
  trafMode: string;
  trafName?: string;
  voyageNo?: string;
  billNo?: string;
  /** ISO 8601 (converted to Beijing yyyyMMddHHmmss) or already yyyyMMddHHmmss. */
  leaveTime: string;
  /** How many messages the filing is split into, and this one's number: 1 of 1 by default. */
  msgCount?: number;
  msgSeqNo?: number;
  note?: string;
  lines: CebDepartureLine[];
}

// Element order of DepartureHead and DepartureList (the standard's sequence).
export const CEB509_DEPARTURE_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'customsCode', 'copNo', 'preNo', 'logisticsCode', 'logisticsName',
  'trafMode', 'trafName', 'voyageNo', 'billNo', 'leaveTime', 'msgCount', 'msgSeqNo', 'note',
] as const;

export const CEB509_DEPARTURE_LIST = ['gnum', 'totalPackageNo', 'logisticsNo', 'note'] as const;

export function renderCeb509(departure: CebDepartureDocument, options: CebRenderOptions): string {
  const { lines, guid, ...head } = departure;
  const values = {
    ...head,
    ...cebMessageSequence(head),
    ...cebHeadPrefix('CEB509', options, guid),
    leaveTime: toCebTime(departure.leaveTime, 'leaveTime'),
  };
  const body = element('ceb:Departure', [
    element('ceb:DepartureHead', cebFields(CEB509_DEPARTURE_HEAD, values)),
    ...lines.map((line) => element('ceb:DepartureList', cebFields(CEB509_DEPARTURE_LIST, { ...line }))),
  ]);
  return renderXmlDocument(cebMessage('CEB509', options, [body]));
}
