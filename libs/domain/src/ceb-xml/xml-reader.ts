import { DomainError } from '../shared/domain-error';

/**
 * A strict, non-validating XML 1.0 reader for what customs sends back: well-formedness as the
 * recommendation defines it (one root, balanced tags, quoted and unique attributes, legal
 * characters and names, known entities only), namespaces resolved, and no DTD at all, so no
 * entity can expand and no file or URL is ever read. Input that is not XML fails with
 * CEB_XML.MALFORMED_XML naming the line and column; nothing else is thrown.
 */
export interface XmlNode {
  /** The name as written, prefix included: `ceb:InventoryReturn`. */
  name: string;
  localName: string;
  /** The namespace the element's prefix (or the default namespace) is bound to; '' for none. */
  namespace: string;
  /** Attributes by their name as written, namespace declarations included. */
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The character data directly inside the element (CDATA sections included), in order. */
  text: string;
}

export interface XmlReadLimits {
  /** Characters of input; a receipt message of 100 documents is far below the default. */
  maxLength?: number;
  maxDepth?: number;
  maxElements?: number;
}

export const XML_READ_LIMITS: Readonly<Required<XmlReadLimits>> = { maxLength: 8 * 1024 * 1024, maxDepth: 64, maxElements: 200_000 };

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

// The Name productions of XML 1.0 (fifth edition), without ':' (namespaces split on it).
const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NC_NAME = `[${NAME_START}][${NAME_CHAR}]*`;
/** A qualified name at the reading position: NCName, optionally prefix:NCName. */
// The classes are ranges of code points; the combining marks and joiners they bound are not
// combined with anything.
// eslint-disable-next-line no-misleading-character-class
const QNAME = new RegExp(`(${NC_NAME})(?::(${NC_NAME}))?`, 'uy');
const WHITESPACE = /[ \t\n]*/y;
/** Characters XML 1.0 excludes (after line ends are normalised, so no CR is left). */
const NOT_A_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1([ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(yes|no)\5)?[ \t\n]*\?>/;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The namespace bindings in scope: an element's own declarations over its parent's. Looked up
 * through the chain (as deep as the tree at most), so a document declaring many prefixes costs
 * no copying per element.
 */
class NamespaceScope {
  constructor(
    private readonly bindings: ReadonlyMap<string, string>,
    private readonly parent?: NamespaceScope,
  ) {}

  /** '' is the default namespace. */
  lookup(prefix: string): string | undefined {
    return this.bindings.get(prefix) ?? this.parent?.lookup(prefix);
  }

  with(bindings: ReadonlyMap<string, string>): NamespaceScope {
    return bindings.size === 0 ? this : new NamespaceScope(bindings, this);
  }
}

class Reader {
  private position = 0;
  private elements = 0;

  constructor(
    private readonly source: string,
    private readonly limits: Required<XmlReadLimits>,
  ) {}

  fail(message: string, at = this.position): never {
    const before = this.source.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new DomainError('CEB_XML.MALFORMED_XML', `not well-formed XML at line ${line}, column ${column}: ${message}`, undefined, {
      kind: 'invalid',
      details: { line, column },
    });
  }

  read(): XmlNode {
    const bad = NOT_A_CHARACTER.exec(this.source);
    if (bad) this.fail(`character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, bad.index);
    if (this.source.startsWith('<?xml') && /^<\?xml[ \t\n?]/.test(this.source)) {
      const declaration = XML_DECLARATION.exec(this.source);
      if (!declaration) this.fail('malformed XML declaration');
      this.position = declaration[0].length;
    }
    this.misc();
    if (!this.source.startsWith('<', this.position) || /^<[!?/]/.test(this.source.slice(this.position, this.position + 2))) {
      this.fail(this.position >= this.source.length ? 'no root element' : 'expected the root element');
    }
    const root = this.element(new NamespaceScope(new Map([['xml', XML_NAMESPACE]])));
    this.misc();
    if (this.position < this.source.length) this.fail('content after the root element');
    return root;
  }

  /** Comments, processing instructions and whitespace around the root; a DTD is refused. */
  private misc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.source.startsWith('<!--', this.position)) this.comment();
      else if (this.source.startsWith('<?', this.position)) this.processingInstruction();
      else if (this.source.startsWith('<!DOCTYPE', this.position)) this.fail('a document type declaration (DTD) is not accepted');
      else return;
    }
  }

  private skipWhitespace(): number {
    WHITESPACE.lastIndex = this.position;
    WHITESPACE.exec(this.source);
    const skipped = WHITESPACE.lastIndex - this.position;
    this.position = WHITESPACE.lastIndex;
    return skipped;
  }

  private comment(): void {
    const end = this.source.indexOf('-->', this.position + 4);
    if (end < 0) this.fail('unterminated comment');
    const body = this.source.slice(this.position + 4, end);
    if (body.includes('--') || body.endsWith('-')) this.fail('"--" inside a comment');
    this.position = end + 3;
  }

  private processingInstruction(): void {
    const start = this.position;
    this.position += 2;
    const target = this.qualifiedName();
    if (target.prefix !== undefined || /^xml$/i.test(target.local)) this.fail(`processing instruction target ${JSON.stringify(target.raw)} is reserved`, start);
    const end = this.source.indexOf('?>', this.position);
    if (end < 0) this.fail('unterminated processing instruction', start);
    if (end > this.position && this.skipWhitespace() === 0) this.fail('expected whitespace after the processing instruction target');
    this.position = end + 2;
  }

  private qualifiedName(): { raw: string; prefix?: string; local: string } {
    QNAME.lastIndex = this.position;
    const match = QNAME.exec(this.source);
    if (!match) this.fail('expected a name');
    this.position = QNAME.lastIndex;
    if (this.source[this.position] === ':') this.fail(`${JSON.stringify(match[0] + ':')} is not a valid qualified name`);
    return match[2] === undefined ? { raw: match[0], local: match[1] } : { raw: match[0], prefix: match[1], local: match[2] };
  }

  private expect(text: string): void {
    if (!this.source.startsWith(text, this.position)) this.fail(`expected ${JSON.stringify(text)}`);
    this.position += text.length;
  }

  /** The element at the reading position, read without recursion so depth costs no stack. */
  private element(rootScope: NamespaceScope): XmlNode {
    const stack: Array<{ node: XmlNode; scope: NamespaceScope; start: number }> = [];
    let root: XmlNode | undefined;
    for (;;) {
      if (stack.length === 0 && root !== undefined) return root;
      const open = stack[stack.length - 1];
      if (open === undefined || this.source.startsWith('<', this.position)) {
        if (open !== undefined && this.source.startsWith('</', this.position)) {
          const start = this.position;
          this.position += 2;
          const name = this.qualifiedName();
          this.skipWhitespace();
          this.expect('>');
          if (name.raw !== open.node.name) this.fail(`</${name.raw}> does not close <${open.node.name}>`, start);
          stack.pop();
          continue;
        }
        if (open !== undefined && this.source.startsWith('<!--', this.position)) {
          this.comment();
          continue;
        }
        if (open !== undefined && this.source.startsWith('<![CDATA[', this.position)) {
          const end = this.source.indexOf(']]>', this.position + 9);
          if (end < 0) this.fail('unterminated CDATA section');
          open.node.text += this.source.slice(this.position + 9, end);
          this.position = end + 3;
          continue;
        }
        if (open !== undefined && this.source.startsWith('<?', this.position)) {
          this.processingInstruction();
          continue;
        }
        if (this.source.startsWith('<!', this.position)) this.fail('markup declarations are not accepted inside an element');
        const start = this.position;
        const { node, scope, empty } = this.startTag(open?.scope ?? rootScope);
        if (open) open.node.children.push(node);
        else root = node;
        if (!empty) {
          if (stack.length >= this.limits.maxDepth) this.fail(`elements nested deeper than ${this.limits.maxDepth}`, start);
          stack.push({ node, scope, start });
        }
        continue;
      }
      if (this.position >= this.source.length) this.fail(`<${open.node.name}> is not closed`, open.start);
      const next = this.source.indexOf('<', this.position);
      const end = next < 0 ? this.source.length : next;
      open.node.text += this.characterData(this.source.slice(this.position, end), this.position, false);
      this.position = end;
    }
  }

  private startTag(parentScope: NamespaceScope): { node: XmlNode; scope: NamespaceScope; empty: boolean } {
    const start = this.position;
    this.position += 1;
    this.elements += 1;
    if (this.elements > this.limits.maxElements) this.fail(`more than ${this.limits.maxElements} elements`, start);
    const name = this.qualifiedName();
    const attributes = new Map<string, { prefix?: string; local: string; value: string }>();
    let empty = false;
    for (;;) {
      const spaced = this.skipWhitespace() > 0;
      if (this.source.startsWith('/>', this.position)) {
        this.position += 2;
        empty = true;
        break;
      }
      if (this.source.startsWith('>', this.position)) {
        this.position += 1;
        break;
      }
      if (this.position >= this.source.length) this.fail(`unterminated start tag <${name.raw}`, start);
      if (!spaced) this.fail('expected whitespace before an attribute');
      const attribute = this.qualifiedName();
      this.skipWhitespace();
      this.expect('=');
      this.skipWhitespace();
      const value = this.attributeValue();
      if (attributes.has(attribute.raw)) this.fail(`attribute ${attribute.raw} appears twice`);
      attributes.set(attribute.raw, { prefix: attribute.prefix, local: attribute.local, value });
    }

    const declared = new Map<string, string>();
    for (const [raw, attribute] of attributes) {
      if (raw === 'xmlns') {
        if (attribute.value === XML_NAMESPACE || attribute.value === XMLNS_NAMESPACE) this.fail(`the default namespace may not be ${attribute.value}`, start);
        declared.set('', attribute.value);
      } else if (attribute.prefix === 'xmlns') {
        if (attribute.local === 'xmlns' || (attribute.local === 'xml') !== (attribute.value === XML_NAMESPACE) || attribute.value === XMLNS_NAMESPACE) {
          this.fail(`${raw}="${attribute.value}" is not a permitted namespace declaration`, start);
        }
        if (attribute.value === '') this.fail(`${raw} may not undeclare a prefix in XML 1.0`, start);
        declared.set(attribute.local, attribute.value);
      }
    }
    const scope = parentScope.with(declared);
    const namespaceOf = (prefix: string | undefined, what: string): string => {
      if (prefix === undefined) return scope.lookup('') ?? '';
      const bound = scope.lookup(prefix);
      if (bound === undefined) this.fail(`the prefix of ${what} is not bound to a namespace`, start);
      return bound;
    };
    const namespace = namespaceOf(name.prefix, `<${name.raw}>`);
    const expanded = new Set<string>();
    for (const [raw, attribute] of attributes) {
      if (attribute.prefix === undefined || attribute.prefix === 'xmlns') continue;
      const key = `${namespaceOf(attribute.prefix, `attribute ${raw}`)} ${attribute.local}`;
      if (expanded.has(key)) this.fail(`attribute ${attribute.local} of one namespace appears twice`, start);
      expanded.add(key);
    }
    const node: XmlNode = {
      name: name.raw,
      localName: name.local,
      namespace,
      attributes: Object.fromEntries([...attributes].map(([raw, attribute]) => [raw, attribute.value])),
      children: [],
      text: '',
    };
    return { node, scope, empty };
  }

  private attributeValue(): string {
    const quote = this.source[this.position];
    if (quote !== '"' && quote !== "'") this.fail('an attribute value must be quoted');
    const end = this.source.indexOf(quote, this.position + 1);
    if (end < 0) this.fail('unterminated attribute value');
    const raw = this.source.slice(this.position + 1, end);
    const lt = raw.indexOf('<');
    if (lt >= 0) this.fail('"<" inside an attribute value', this.position + 1 + lt);
    const value = this.characterData(raw, this.position + 1, true);
    this.position = end + 1;
    return value;
  }

  /** Text with its references replaced; in an attribute, literal whitespace becomes a space. */
  private characterData(raw: string, at: number, inAttribute: boolean): string {
    if (!inAttribute) {
      const cdataEnd = raw.indexOf(']]>');
      if (cdataEnd >= 0) this.fail('"]]>" in text', at + cdataEnd);
    }
    const normalised = inAttribute ? raw.replace(/[\t\n]/g, ' ') : raw;
    if (!normalised.includes('&')) return normalised;
    return normalised.replace(/&([^;&]*)(;?)/g, (whole, name: string, semicolon: string, offset: number) => {
      if (semicolon !== ';') this.fail('"&" that starts no reference', at + offset);
      if (Object.prototype.hasOwnProperty.call(PREDEFINED, name)) return PREDEFINED[name];
      const reference = /^#(?:([0-9]+)|x([0-9a-fA-F]+))$/.exec(name);
      if (!reference) this.fail(`reference ${whole} to an entity that is not declared`, at + offset);
      const code = reference[1] !== undefined ? Number(reference[1]) : parseInt(reference[2], 16);
      const legal = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
      if (!legal) this.fail(`character reference ${whole} names a character XML does not allow`, at + offset);
      return String.fromCodePoint(code);
    });
  }
}

/**
 * Reads an XML document into its element tree. Line ends are normalised (CRLF and CR to LF)
 * as XML requires, so character data reads back as the writer wrote it; a byte-order mark is
 * dropped. Fails with DomainError CEB_XML.MALFORMED_XML (kind invalid), never anything else.
 */
export function readXml(xml: string, limits: XmlReadLimits = {}): XmlNode {
  const bounds = { ...XML_READ_LIMITS, ...limits };
  if (typeof xml !== 'string') {
    throw new DomainError('CEB_XML.MALFORMED_XML', `expected XML text, got ${xml === null ? 'null' : typeof xml}`, undefined, { kind: 'invalid' });
  }
  if (xml.length > bounds.maxLength) {
    throw new DomainError('CEB_XML.MALFORMED_XML', `XML of ${xml.length} characters, at most ${bounds.maxLength} accepted`, undefined, {
      kind: 'invalid',
      details: { length: xml.length, maxLength: bounds.maxLength },
    });
  }
  const source = (xml.startsWith('\uFEFF') ? xml.slice(1) : xml).replace(/\r\n?/g, '\n');
  return new Reader(source, bounds).read();
}
