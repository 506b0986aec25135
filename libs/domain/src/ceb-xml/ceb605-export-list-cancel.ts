import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** Cancel of an export inventory list (撤销, CEB605), by its invtNo. */
export interface CebExportListCancelDocument {
  guid?: string;
  customsCode: string;
  copNo: string;
  preNo?: string;
  invtNo: string;
  reason: string;
  agentCode: string;
  agentName: string;
  ebcCode: string;
  ebcName: string;
  note?: string;
}

// Element order of the export InvtCancel (the standard's sequence).
export const CEB605_INVT_CANCEL = [
  'guid', 'appType', 'appTime', 'appStatus', 'customsCode', 'copNo', 'preNo', 'invtNo', 'reason', 'agentCode',
  'agentName', 'ebcCode', 'ebcName', 'note',
] as const;

export function renderCeb605(cancel: CebExportListCancelDocument, options: CebRenderOptions): string {
  const { guid, ...fields } = cancel;
  const values = { ...fields, ...cebHeadPrefix('CEB605', options, guid) };
  return renderXmlDocument(cebMessage('CEB605', options, [element('ceb:InvtCancel', cebFields(CEB605_INVT_CANCEL, values))]));
}
