import type { CebReceiptName } from '../ceb-message-table';

/**
 * The elements of each receipt document in the schema's order (ceb-elements.md), a `?` after
 * an optional one. A receipt (回执) is one flat element; the summary result and the tax bill
 * have a head and lines. The receipt conformance spec checks every list against the markdown.
 */
export interface CebReceiptLayout {
  /** The document's own elements, or its head's when it has one. */
  fields: readonly string[];
  /** The head element inside the document (SummaryResultHead, TaxHeadRd, TaxHeadStatus). */
  head?: string;
  /** The line element after the head, and the field of the plain document that holds the lines. */
  list?: { element: string; key: 'lists' | 'lines'; fields: readonly string[] };
}

const IMPORT_LIST_RETURN = [
  'guid', 'customsCode?', 'agentCode?', 'ebpCode?', 'ebcCode?', 'copNo', 'preNo', 'invtNo?', 'returnStatus', 'returnTime', 'returnInfo',
] as const;
const ORDER_RETURN = ['guid', 'ebpCode', 'ebcCode', 'orderNo', 'returnStatus', 'returnTime', 'returnInfo'] as const;
const LOGISTICS_RETURN = ['guid', 'logisticsCode', 'logisticsNo', 'returnStatus', 'returnTime', 'returnInfo'] as const;

export const CEB_RECEIPT_LAYOUTS: { readonly [T in CebReceiptName]: CebReceiptLayout } = {
  CEB312: { fields: ORDER_RETURN },
  CEB412: { fields: ['guid', 'payCode', 'payTransactionId', 'returnStatus', 'returnTime', 'returnInfo'] },
  CEB512: { fields: LOGISTICS_RETURN },
  CEB514: { fields: ['guid', 'logisticsCode', 'logisticsNo', 'logisticsStatus', 'returnStatus', 'returnTime', 'returnInfo'] },
  CEB622: {
    fields: ['guid', 'customsCode?', 'ebpCode?', 'ebcCode?', 'agentCode?', 'copNo', 'preNo', 'invtNo?', 'returnStatus', 'returnTime', 'returnInfo'],
  },
  CEB624: { fields: IMPORT_LIST_RETURN },
  CEB626: { fields: IMPORT_LIST_RETURN },
  CEB712: { fields: ['guid', 'customsCode?', 'operatorCode?', 'copNo?', 'preNo?', 'rkdNo?', 'returnStatus', 'returnTime', 'returnInfo'] },
  CEB816: {
    head: 'TaxHeadRd',
    fields: [
      'guid', 'returnTime', 'invtNo', 'taxNo', 'customsTax', 'valueAddedTax', 'consumptionTax', 'status', 'entDutyNo?', 'note?',
      'assureCode?', 'ebcCode?', 'logisticsCode?', 'agentCode?', 'customsCode?',
    ],
    list: { element: 'TaxListRd', key: 'lines', fields: ['gnum', 'gcode', 'taxPrice', 'customsTax', 'valueAddedTax', 'consumptionTax'] },
  },
  CEB818: { head: 'TaxHeadStatus', fields: ['guid', 'returnTime', 'invtNo', 'taxNo', 'status', 'entDutyNo?', 'assureCode?'] },
  CEB214: {
    fields: ['guid', 'ebpCode?', 'ebcCode?', 'agentCode', 'coElNo', 'preNo?', 'invtNo', 'returnStatus', 'returnTime', 'returnInfo'],
  },
  CEB216: {
    fields: ['guid', 'operatorCode', 'logisticsCode', 'logisticsNo', 'coElNo', 'preNo?', 'returnStatus', 'returnTime', 'returnInfo'],
  },
  CEB304: { fields: ORDER_RETURN },
  CEB404: { fields: ['guid', 'ebcCode', 'orderNo', 'payNo?', 'returnStatus', 'returnTime', 'returnInfo'] },
  CEB506: { fields: LOGISTICS_RETURN },
  CEB508: {
    fields: ['guid', 'operatorCode', 'logisticsCode', 'preNo', 'copNo', 'billNo', 'msgSeqNo', 'returnStatus', 'returnTime', 'returnInfo'],
  },
  CEB510: { fields: ['guid', 'logisticsCode', 'copNo', 'preNo', 'msgSeqNo', 'returnStatus', 'returnTime', 'returnInfo'] },
  CEB604: {
    fields: [
      'guid', 'agentCode', 'copNo', 'preNo', 'invtNo', 'ebcCode', 'ebpCode', 'orderNo', 'statisticsFlag', 'returnStatus', 'returnTime',
      'returnInfo',
    ],
  },
  CEB606: { fields: ['guid', 'agentCode', 'copNo', 'preNo', 'invtNo', 'returnStatus', 'returnTime', 'returnInfo'] },
  CEB608: {
    fields: ['guid', 'agentCode', 'logisticsCode', 'copNo', 'preNo', 'billNo', 'msgSeqNo', 'returnStatus', 'returnTime', 'returnInfo'],
  },
  CEB702: {
    fields: ['guid', 'agentCode', 'ebcCode', 'copNo', 'preNo', 'sumNo?', 'msgSeqNo', 'returnStatus', 'returnTime', 'returnInfo'],
  },
  CEB792: {
    head: 'SummaryResultHead',
    fields: [
      'guid', 'customsCode', 'sumNo', 'opDate', 'declSeqNo', 'decTmpNo?', 'decPreNo?', 'entryId?', 'decState', 'agentCode', 'agentName',
      'ebcCode', 'ebcName', 'declAgentCode', 'declAgentName', 'grossWeight', 'netWeight', 'msgCount', 'msgSeqNo', 'note?',
    ],
    list: { element: 'SummaryResultList', key: 'lists', fields: ['invtNo', 'logisticsNo', 'gseqno', 'gnum', 'gcode'] },
  },
};

/** A field of a layout: its element name and whether the schema requires it. */
export function layoutField(entry: string): { name: string; required: boolean } {
  return entry.endsWith('?') ? { name: entry.slice(0, -1), required: false } : { name: entry, required: true };
}

/**
 * How a value travels: integers as numbers (returnStatus, message and line numbers), the
 * 17-character times as ISO 8601 instants, everything else (codes, decimals) as the text itself.
 */
const INTEGER_FIELDS: ReadonlySet<string> = new Set(['returnStatus', 'msgSeqNo', 'msgCount', 'gnum', 'gseqno']);
const TIME_FIELDS: ReadonlySet<string> = new Set(['returnTime', 'opDate']);

export type CebReceiptValueKind = 'integer' | 'time' | 'text';

export function receiptValueKind(name: string): CebReceiptValueKind {
  return INTEGER_FIELDS.has(name) ? 'integer' : TIME_FIELDS.has(name) ? 'time' : 'text';
}
