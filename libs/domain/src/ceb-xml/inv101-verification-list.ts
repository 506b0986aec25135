import { element, leaf, renderXmlDocument, scalarText, XmlElement, XmlScalar } from './xml-writer';

/**
 * A bonded verification list (核注清单, INV101) as the contract class carries it: structural
 * types, so this library needs no decorators.
 */
export interface Inv101Head {
  etpsInnerInvtNo: string;
  bondInvtNo?: string;
  putrecNo: string;
  bizopEtpsno: string;
  bizopEtpsNm: string;
  impexpMarkcd: string;
  mtpckEndprdMarkcd: string;
  supvModecd: string;
  dclcusFlag: string;
  invtType: string;
  stshipTrsarvNatcd?: string;
  dclplcCuscd: string;
  areaCode?: string;
}

export interface Inv101Line {
  gdsSeqno: number;
  putrecSeqno: string;
  gdecd: string;
  gdsNm: string;
  dclUnitcd: string;
  dclQty: string;
  dclTotalAmt: string;
  dclCurrcd: string;
  natcd: string;
}

export interface Inv101Document {
  head: Inv101Head;
  lines: Inv101Line[];
  /** Customs code of the declaring enterprise; defaults to the sender's copCode. */
  operCusRegCode?: string;
}

// Element order of InvtHeadType and InvtListType.
export const INV101_HEAD = [
  'bondInvtNo', 'etpsInnerInvtNo', 'putrecNo', 'bizopEtpsno', 'bizopEtpsNm', 'impexpMarkcd', 'mtpckEndprdMarkcd',
  'supvModecd', 'dclcusFlag', 'invtType', 'stshipTrsarvNatcd', 'dclplcCuscd', 'areaCode',
] as const;

export const INV101_LIST = ['gdsSeqno', 'putrecSeqno', 'gdecd', 'gdsNm', 'dclUnitcd', 'dclQty', 'dclTotalAmt', 'dclCurrcd', 'natcd'] as const;

/**
 * Leaves in the given order, named as the bonded-zone standard (金关二期) names its elements:
 * the field with a capital first letter (putrecNo → <PutrecNo>). Absent values are left out.
 */
export function orderedRecord(name: string, order: readonly string[], values: object): XmlElement {
  const record = values as Readonly<Record<string, XmlScalar>>;
  const children: XmlElement[] = [];
  for (const field of order) {
    const text = scalarText(record[field], field);
    if (text !== undefined && text !== '') children.push(leaf(field[0].toUpperCase() + field.slice(1), text));
  }
  return element(name, children);
}

/**
 * The message body in its simple form, without the signature envelope (Signature/Object/
 * Package) the transport adds: <InvtMessage> with <InvtHeadType>, <InvtListType>… and
 * <OperCusRegCode>.
 */
export function renderInv101(document: Inv101Document, sender: { copCode: string }): string {
  return renderXmlDocument({
    name: 'InvtMessage',
    children: [
      orderedRecord('InvtHeadType', INV101_HEAD, document.head),
      ...document.lines.map((line) => orderedRecord('InvtListType', INV101_LIST, line)),
      leaf('OperCusRegCode', document.operCusRegCode ?? sender.copCode),
    ],
  });
}
