import { plainRecordElement, PlainRecord } from './plain-record';
import { leaf, renderXmlDocument } from './xml-writer';

/** A gate pass (核放单, SAS121): head, optional goods lines and related documents. */
export interface Sas121Document {
  head: PlainRecord;
  lines?: PlainRecord[];
  /** Related documents (关联单证), e.g. the verification list the pass carries. */
  relations?: PlainRecord[];
  operCusRegCode?: string;
}

/**
 * Simple form without the signature envelope: <PassPortMessage> with <PassportHead>,
 * <PassportList>…, <PassportAcmp>… and <OperCusRegCode>.
 */
export function renderSas121(document: Sas121Document, sender: { copCode: string }): string {
  return renderXmlDocument({
    name: 'PassPortMessage',
    children: [
      plainRecordElement('PassportHead', document.head),
      ...(document.lines ?? []).map((line) => plainRecordElement('PassportList', line)),
      ...(document.relations ?? []).map((relation) => plainRecordElement('PassportAcmp', relation)),
      leaf('OperCusRegCode', document.operCusRegCode ?? sender.copCode),
    ],
  });
}
