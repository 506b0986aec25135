import { DomainError } from '../shared/domain-error';

/**
 * A minimal XML writer: enough for the customs messages, with escaping done in one place so
 * no renderer can forget it. Documents are small (≤ 100 lines), so strings are fine.
 */
export interface XmlElement {
  name: string;
  attributes?: ReadonlyArray<readonly [string, string]>;
  children?: XmlElement[];
  text?: string;
}

/** A value a plain document may hold. Decimals travel as strings, never binary floats. */
export type XmlScalar = string | number | boolean | null | undefined;

// XML 1.0 forbids most control characters even when escaped, and UTF-8 cannot carry a lone
// surrogate: such text cannot be sent at all.
const FORBIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?$/;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
  // A parser turns a literal CR into LF, and tab or LF inside an attribute into a space;
  // character references survive both normalisations.
  '\r': '&#13;', '\n': '&#10;', '\t': '&#9;',
};

function assertCarriable(text: string): void {
  if (FORBIDDEN_CHARACTERS.test(text)) {
    throw new DomainError('CEB_XML.INVALID_CHARACTER', `text ${JSON.stringify(text)} contains a character XML cannot carry`);
  }
}

/** Escapes element text: & < > " ' and CR; rejects characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  assertCarriable(text);
  return text.replace(/[&<>"'\r]/g, (c) => ENTITIES[c]);
}

/** Escapes an attribute value: as text, plus tab and LF so they are not read back as spaces. */
export function escapeXmlAttribute(text: string): string {
  assertCarriable(text);
  return text.replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]);
}

export function assertXmlName(name: string): void {
  if (!NAME.test(name)) {
    throw new DomainError('CEB_XML.INVALID_ELEMENT_NAME', `${JSON.stringify(name)} is not a valid XML element name`);
  }
}

/** Scalar -> element text; undefined/null mean "omit the element". */
export function scalarText(value: XmlScalar, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new DomainError('CEB_XML.FLOAT_VALUE', `${field} ${value} must be a decimal string, not a binary float`, field);
    }
    return String(value);
  }
  return String(value);
}

export function leaf(name: string, text: string): XmlElement {
  return { name, text };
}

export function element(name: string, children: XmlElement[], attributes?: ReadonlyArray<readonly [string, string]>): XmlElement {
  return { name, children, attributes };
}

function write(node: XmlElement, depth: number, out: string[]): void {
  assertXmlName(node.name);
  const indent = '  '.repeat(depth);
  const attributes = (node.attributes ?? [])
    .map(([key, value]) => {
      assertXmlName(key);
      return ` ${key}="${escapeXmlAttribute(value)}"`;
    })
    .join('');
  if (node.children && node.children.length > 0) {
    out.push(`${indent}<${node.name}${attributes}>`);
    for (const child of node.children) write(child, depth + 1, out);
    out.push(`${indent}</${node.name}>`);
  } else if (node.text !== undefined && node.text !== '') {
    out.push(`${indent}<${node.name}${attributes}>${escapeXml(node.text)}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attributes}/>`);
  }
}

/** The document with its UTF-8 declaration, indented two spaces per level. */
export function renderXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
