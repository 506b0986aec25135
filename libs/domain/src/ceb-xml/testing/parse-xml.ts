/**
 * The XML reader of the specs: the production reader (../xml-reader.ts), which accepts only
 * well-formed documents, with a few helpers to walk the tree, so specs check well-formedness,
 * escaping and element order with the same reader customs' answers go through.
 */
import { readXml } from '../xml-reader';

export interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  children: ParsedElement[];
  text: string;
}

export function parseXml(xml: string): ParsedElement {
  return readXml(xml);
}

export function isWellFormed(xml: string): boolean {
  try {
    parseXml(xml);
    return true;
  } catch {
    return false;
  }
}

/** Leaf text of the children of `parent` as [name, text] pairs, in document order. */
export function leaves(parent: ParsedElement): Array<[string, string]> {
  return parent.children.map((child) => [child.name, child.text]);
}

export function child(parent: ParsedElement, name: string): ParsedElement {
  const found = parent.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${parent.name}> has no <${name}>`);
  return found;
}
