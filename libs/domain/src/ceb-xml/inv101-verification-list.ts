import { plainRecordElement, PlainRecord } from './plain-record';
import { leaf, renderXmlDocument, XmlElement } from './xml-writer';

/** A bonded verification list (核注清单, INV101): head, lines, declaring enterprise. */
export interface Inv101Document {
  head: PlainRecord;
  lines: PlainRecord[];
  /** Customs code of the declaring enterprise; defaults to the sender's copCode. */
  operCusRegCode?: string;
  sysId?: string;
}

/**
 * The message body in its simple form, without the signature envelope (Signature/Object/
 * Package) the transport adds: <InvtMessage> with <InvtHeadType>, <InvtListType>…,
 * <OperCusRegCode> and, when given, <SysId>.
 */
export function renderInv101(document: Inv101Document, sender: { copCode: string }): string {
  const children: XmlElement[] = [
    plainRecordElement('InvtHeadType', document.head),
    ...document.lines.map((line) => plainRecordElement('InvtListType', line)),
    leaf('OperCusRegCode', document.operCusRegCode ?? sender.copCode),
  ];
  if (document.sysId) children.push(leaf('SysId', document.sysId));
  return renderXmlDocument({ name: 'InvtMessage', children });
}
