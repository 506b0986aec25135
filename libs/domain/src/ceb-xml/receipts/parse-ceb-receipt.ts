import { DomainError } from '../../shared/domain-error';
import { CEB_NAMESPACE } from '../ceb-envelope';
import { cebReceiptFacts, CebReceiptName, isCebReceiptName } from '../ceb-message-table';
import { fromCebTime } from '../ceb-time';
import { readXml, XmlNode } from '../xml-reader';
import { ParsedCebReceipt } from './receipt-documents';
import { CEB_RECEIPT_LAYOUTS, layoutField, receiptValueKind } from './receipt-layouts';

/*
 * Receipts come from outside, so everything about them is checked and every failure is a
 * DomainError of kind invalid with one of three stable codes:
 * - CEB_XML.MALFORMED_RECEIPT: not well-formed XML (details: line, column);
 * - CEB_XML.UNSUPPORTED_RECEIPT: well-formed, but the root is not a CEB receipt message this
 *   system reads (field messageType);
 * - CEB_XML.INVALID_RECEIPT: a receipt message whose content breaks the schema: a required
 *   element missing or repeated, an element the schema does not define, a returnStatus that is
 *   not an integer, a returnTime that is not a time (field: the path of the element).
 * Elements of other namespaces (a signature customs may add) are passed over.
 */

function invalid(message: string, field: string): DomainError {
  return new DomainError('CEB_XML.INVALID_RECEIPT', message, field, { kind: 'invalid' });
}

function cebChildren(node: XmlNode): XmlNode[] {
  return node.children.filter((child) => child.namespace === CEB_NAMESPACE);
}

function value(node: XmlNode, name: string, where: string): string | number {
  if (node.children.length > 0) throw invalid(`${where} must hold text, not elements`, where);
  switch (receiptValueKind(name)) {
    case 'integer': {
      const text = node.text.trim();
      if (!/^[+-]?\d{1,15}$/.test(text)) throw invalid(`${where} ${JSON.stringify(node.text)} is not an integer`, where);
      return Number(text);
    }
    case 'time':
      try {
        return fromCebTime(node.text.trim(), where);
      } catch {
        throw invalid(`${where} ${JSON.stringify(node.text)} is not a CEB time (yyyyMMddHHmmssSSS in Beijing time)`, where);
      }
    default:
      return node.text;
  }
}

/** The fields of one element: each at most once, the required ones present, no others. */
function fieldsOf(node: XmlNode, fields: readonly string[], where: string): Record<string, string | number> {
  const names = new Map(fields.map((entry) => [layoutField(entry).name, layoutField(entry).required]));
  const found = new Map<string, string | number>();
  for (const child of cebChildren(node)) {
    const at = `${where}.${child.localName}`;
    if (!names.has(child.localName)) throw invalid(`${at}: ${node.localName} has no element ${child.localName} in the schema`, at);
    if (found.has(child.localName)) throw invalid(`${at} appears more than once`, at);
    const text = value(child, child.localName, at);
    if (text === '' && !names.get(child.localName)) continue;
    found.set(child.localName, text);
  }
  const out: Record<string, string | number> = {};
  for (const [name, required] of names) {
    const text = found.get(name);
    if (text !== undefined) out[name] = text;
    else if (required) throw invalid(`${where}: required ${name} is missing`, `${where}.${name}`);
  }
  return out;
}

function documentOf(receiptMessageType: CebReceiptName, node: XmlNode, where: string): Record<string, unknown> {
  const layout = CEB_RECEIPT_LAYOUTS[receiptMessageType];
  if (!layout.head) return fieldsOf(node, layout.fields, where);
  const children = cebChildren(node);
  const heads = children.filter((child) => child.localName === layout.head);
  if (heads.length !== 1) {
    throw invalid(`${where} must have exactly one ${layout.head}, has ${heads.length}`, `${where}.${layout.head}`);
  }
  const document: Record<string, unknown> = fieldsOf(heads[0], layout.fields, `${where}.${layout.head}`);
  const list = layout.list;
  const stray = children.find((child) => child.localName !== layout.head && child.localName !== list?.element);
  if (stray) throw invalid(`${where}: ${node.localName} has no element ${stray.localName} in the schema`, `${where}.${stray.localName}`);
  if (list) {
    document[list.key] = children
      .filter((child) => child.localName === list.element)
      .map((line, index) => fieldsOf(line, list.fields, `${where}.${list.key}[${index + 1}]`));
  }
  return document;
}

/**
 * Reads a receipt message from customs (CEB622Message, CEB792Message, CEB816Message, …): which
 * receipt it is, the message type it answers (CEB622 → CEB621, CEB792 → CEB701, CEB816 →
 * CEB621) and its documents as plain objects with the element values (returnStatus a number,
 * returnTime an ISO 8601 instant). Throws only DomainError, with the codes above.
 */
export function parseCebReceipt(xml: string): ParsedCebReceipt {
  let root: XmlNode;
  try {
    root = readXml(xml);
  } catch (error) {
    const cause = error instanceof DomainError ? error : undefined;
    throw new DomainError('CEB_XML.MALFORMED_RECEIPT', `the receipt is not well-formed XML: ${cause?.message ?? String(error)}`, undefined, {
      kind: 'invalid',
      details: cause?.details,
    });
  }
  const type = /^(CEB\d{3})Message$/.exec(root.localName)?.[1];
  if (root.namespace !== CEB_NAMESPACE || type === undefined || !isCebReceiptName(type)) {
    const named = root.namespace === CEB_NAMESPACE ? root.localName : `{${root.namespace}}${root.localName}`;
    throw new DomainError('CEB_XML.UNSUPPORTED_RECEIPT', `<${root.name}> (${named}) is not a CEB receipt message this system reads`, 'messageType', {
      kind: 'invalid',
    });
  }
  const facts = cebReceiptFacts(type);
  const documents = cebChildren(root);
  const stray = documents.find((child) => child.localName !== facts.element);
  if (stray) throw invalid(`${root.localName}: ${stray.localName} is not an element of ${type}Message in the schema`, stray.localName);
  if (documents.length === 0) throw invalid(`${root.localName} carries no ${facts.element}`, facts.element);
  const returns = documents.map((document, index) => documentOf(type, document, `${facts.element}[${index + 1}]`));
  return { receiptMessageType: type, answers: facts.answers, returns } as ParsedCebReceipt;
}
