import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/**
 * The parties and buyer of an import inventory list, as a cancel (CEB623) and a return
 * (CEB625) both repeat them: the elements the import InvtCancel and InvtRefundHead share.
 */
export interface CebImportListReference {
  guid?: string;
  customsCode: string;
  orderNo: string;
  ebpCode: string;
  ebpName: string;
  ebcCode: string;
  ebcName: string;
  logisticsNo: string;
  logisticsCode: string;
  logisticsName: string;
  copNo?: string;
  preNo?: string;
  invtNo: string;
  /** Defaults to 1 (resident ID), as on the list. */
  buyerIdType?: string;
  buyerIdNumber: string;
  buyerName: string;
  buyerTelephone: string;
  agentCode: string;
  agentName: string;
  reason: string;
  note?: string;
}

/** Cancel of an import inventory list (撤销, CEB623) before its goods left the zone. */
export type CebImportListCancelDocument = CebImportListReference;

// Element order of the import InvtCancel; the import InvtRefundHead has the same sequence.
export const CEB623_INVT_CANCEL = [
  'guid', 'appType', 'appTime', 'appStatus', 'customsCode', 'orderNo', 'ebpCode', 'ebpName', 'ebcCode', 'ebcName',
  'logisticsNo', 'logisticsCode', 'logisticsName', 'copNo', 'preNo', 'invtNo', 'buyerIdType', 'buyerIdNumber',
  'buyerName', 'buyerTelephone', 'agentCode', 'agentName', 'reason', 'note',
] as const;

/** The values of a cancel or return head: the document's, the head prefix, the buyerIdType default. */
export function importListReferenceValues(messageType: 'CEB623' | 'CEB625', reference: CebImportListReference, options: CebRenderOptions) {
  const { guid, ...fields } = reference;
  return { ...fields, ...cebHeadPrefix(messageType, options, guid), buyerIdType: reference.buyerIdType || '1' };
}

export function renderCeb623(cancel: CebImportListCancelDocument, options: CebRenderOptions): string {
  const values = importListReferenceValues('CEB623', cancel, options);
  return renderXmlDocument(cebMessage('CEB623', options, [element('ceb:InvtCancel', cebFields(CEB623_INVT_CANCEL, values))]));
}
