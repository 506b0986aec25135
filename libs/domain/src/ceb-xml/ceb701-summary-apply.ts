import { cebFields, cebHeadPrefix, cebMessage, cebMessageSequence, CebRenderOptions } from './ceb-envelope';
import { toCebTime } from './ceb-time';
import { element, renderXmlDocument } from './xml-writer';

/** Summary application (汇总申报, CEB701) of released 9610 export lists for a period. */
export interface CebSummaryApplyDocument {
  guid?: string;
  customsCode: string;
  copNo: string;
  preNo?: string;
  sumNo?: string;
  agentCode: string;
  agentName: string;
  ebcCode: string;
  ebcName: string;
  declAgentCode: string;
  declAgentName: string;
  /** The period, ISO 8601 (converted to Beijing yyyyMMddHHmmss) or already yyyyMMddHHmmss. */
  startTime?: string;
  endTime?: string;
  loctNo?: string;
  summaryFlag: string;
  itemNameFlag: string;
  /** How many messages the filing is split into, and this one's number: 1 of 1 by default. */
  msgCount?: number;
  msgSeqNo?: number;
  note?: string;
  /** The released lists summarised, by invtNo. */
  lists: { invtNo: string }[];
}

// Element order of SummaryApplyHead and SummaryApplyList (the standard's sequence).
export const CEB701_SUMMARY_APPLY_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'customsCode', 'copNo', 'preNo', 'sumNo', 'agentCode', 'agentName',
  'ebcCode', 'ebcName', 'declAgentCode', 'declAgentName', 'startTime', 'endTime', 'loctNo', 'summaryFlag',
  'itemNameFlag', 'msgCount', 'msgSeqNo', 'note',
] as const;

export const CEB701_SUMMARY_APPLY_LIST = ['invtNo'] as const;

const optionalCebTime = (value: string | undefined, field: string) => (value === undefined || value === '' ? undefined : toCebTime(value, field));

export function renderCeb701(summary: CebSummaryApplyDocument, options: CebRenderOptions): string {
  const { lists, guid, ...head } = summary;
  const values = {
    ...head,
    ...cebMessageSequence(head),
    ...cebHeadPrefix('CEB701', options, guid),
    startTime: optionalCebTime(summary.startTime, 'startTime'),
    endTime: optionalCebTime(summary.endTime, 'endTime'),
  };
  const body = element('ceb:SummaryApply', [
    element('ceb:SummaryApplyHead', cebFields(CEB701_SUMMARY_APPLY_HEAD, values)),
    ...lists.map((list) => element('ceb:SummaryApplyList', cebFields(CEB701_SUMMARY_APPLY_LIST, { ...list }))),
  ]);
  return renderXmlDocument(cebMessage('CEB701', options, [body]));
}
