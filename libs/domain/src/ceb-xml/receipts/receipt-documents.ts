import type { CEB_RECEIPTS, CebReceiptName } from '../ceb-message-table';

/**
 * The receipt documents as the system keeps them, with the element names of the standard:
 * integers (returnStatus, message and line numbers) as numbers, the 17-character times
 * (returnTime, opDate) as ISO 8601 instants, amounts and codes as their exact text.
 */

/** One receipt (回执): what customs did with a document, and the numbers it gave it. */
export interface CebReturn {
  guid: string;
  returnStatus: number;
  returnTime: string;
  returnInfo: string;
  [element: string]: string | number | undefined;
}

export interface CebSummaryResultLine {
  invtNo: string;
  logisticsNo: string;
  gseqno: number;
  gnum: number;
  gcode: string;
}

/** Customs' summary result (CEB792) of a summary application: the declaration entryId and decState. */
export interface CebSummaryResult {
  guid: string;
  customsCode: string;
  sumNo: string;
  opDate: string;
  declSeqNo: string;
  decTmpNo?: string;
  decPreNo?: string;
  entryId?: string;
  decState: string;
  agentCode: string;
  agentName: string;
  ebcCode: string;
  ebcName: string;
  declAgentCode: string;
  declAgentName: string;
  grossWeight: string;
  netWeight: string;
  msgCount: number;
  msgSeqNo: number;
  note?: string;
  lists: CebSummaryResultLine[];
}

export interface CebTaxBillLine {
  gnum: number;
  gcode: string;
  taxPrice: string;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
}

/** The electronic tax bill (CEB816) of an import list: status 1 generated, 2 summarised, 3 void. */
export interface CebTaxBill {
  guid: string;
  returnTime: string;
  invtNo: string;
  taxNo: string;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
  status: string;
  entDutyNo?: string;
  note?: string;
  assureCode?: string;
  ebcCode?: string;
  logisticsCode?: string;
  agentCode?: string;
  customsCode?: string;
  lines: CebTaxBillLine[];
}

/** A change of a tax bill's status (CEB818). */
export interface CebTaxStatus {
  guid: string;
  returnTime: string;
  invtNo: string;
  taxNo: string;
  status: string;
  entDutyNo?: string;
  assureCode?: string;
}

/** The receipt messages whose documents are one flat receipt element. */
export type CebFlatReceiptName = { [T in CebReceiptName]: (typeof CEB_RECEIPTS)[T]['kind'] extends 'receipt' ? T : never }[CebReceiptName];

/** The document type of every receipt message. */
export type CebReceiptDocuments = { [T in CebFlatReceiptName]: CebReturn } & {
  CEB792: CebSummaryResult;
  CEB816: CebTaxBill;
  CEB818: CebTaxStatus;
};

/** A receipt message read back: its type, the message type it answers, its documents. */
export type ParsedCebReceipt = {
  [T in CebReceiptName]: { receiptMessageType: T; answers: (typeof CEB_RECEIPTS)[T]['answers']; returns: CebReceiptDocuments[T][] };
}[CebReceiptName];
