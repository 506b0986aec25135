import { cebFields, cebMessage, CebRenderOptions } from './ceb-envelope';
import { CebImportListReference, importListReferenceValues } from './ceb623-import-list-cancel';
import { element, renderXmlDocument } from './xml-writer';

/** One returned line of the list (InvtRefundList). */
export interface CebImportReturnLine {
  gnum: number;
  gcode: string;
  gname: string;
  qty: string;
  unit: string;
  note?: string;
}

/** A consumer's return of a released import list (退货, CEB625): the list's head and the returned lines. */
export interface CebImportReturnDocument extends CebImportListReference {
  lines: CebImportReturnLine[];
}

// Element order of the import InvtRefundHead and InvtRefundList (the standard's sequence).
export const CEB625_INVT_REFUND_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'customsCode', 'orderNo', 'ebpCode', 'ebpName', 'ebcCode', 'ebcName',
  'logisticsNo', 'logisticsCode', 'logisticsName', 'copNo', 'preNo', 'invtNo', 'buyerIdType', 'buyerIdNumber',
  'buyerName', 'buyerTelephone', 'agentCode', 'agentName', 'reason', 'note',
] as const;

export const CEB625_INVT_REFUND_LIST = ['gnum', 'gcode', 'gname', 'qty', 'unit', 'note'] as const;

export function renderCeb625(refund: CebImportReturnDocument, options: CebRenderOptions): string {
  const { lines, ...head } = refund;
  const body = element('ceb:InvtRefund', [
    element('ceb:InvtRefundHead', cebFields(CEB625_INVT_REFUND_HEAD, importListReferenceValues('CEB625', head, options))),
    ...lines.map((line) => element('ceb:InvtRefundList', cebFields(CEB625_INVT_REFUND_LIST, { ...line }))),
  ]);
  return renderXmlDocument(cebMessage('CEB625', options, [body]));
}
