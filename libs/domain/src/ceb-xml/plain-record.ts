import { assertXmlName, element, leaf, scalarText, XmlElement, XmlScalar } from './xml-writer';

/** A flat record of a bonded-zone document (head or line): field name -> value. */
export type PlainRecord = Readonly<Record<string, XmlScalar>>;

/**
 * One element per field, in the record's own key order: the caller, who knows the bonded-zone
 * standard's field order (金关二期), owns it. Absent values are left out.
 */
export function plainRecordElement(name: string, record: PlainRecord): XmlElement {
  const children: XmlElement[] = [];
  for (const [field, value] of Object.entries(record)) {
    assertXmlName(field);
    const text = scalarText(value, field);
    if (text !== undefined && text !== '') children.push(leaf(field, text));
  }
  return element(name, children);
}
