import { X2jOptions, XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomainError } from '../shared/domain-error';

/**
 * The reader of what customs sends back. fast-xml-parser checks well-formedness (XMLValidator)
 * and builds the tree (XMLParser, in document order, text and names exactly as written, no
 * entity processing); around it this file keeps what that library leaves to its callers:
 * - no DTD at all and no other markup declaration, so no entity can expand and no file or URL is
 *   ever read;
 * - only the five predefined entities and character references, each naming a character XML
 *   allows; only characters XML allows;
 * - one root and nothing but comments and processing instructions after it;
 * - namespaces resolved, with the rules of Namespaces in XML (qualified names, bound prefixes,
 *   xml and xmlns reserved, one attribute per expanded name);
 * - tags as XML writes them, where the validator is lenient (see START_TAG_REST);
 * - limits on length, depth and element count, checked while the parser builds the tree.
 * Input that is not XML fails with CEB_XML.MALFORMED_XML naming the line and column (a broken
 * limit names the limit instead); nothing else is thrown.
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
// The classes are ranges of code points; the combining marks and joiners they bound are not
// combined with anything.
// eslint-disable-next-line no-misleading-character-class
const QNAME = new RegExp(`^(${NC_NAME})(?::(${NC_NAME}))?$`, 'u');
/** A processing instruction's body: its target, then nothing or whitespace and data. */
// eslint-disable-next-line no-misleading-character-class
const PROCESSING_INSTRUCTION = new RegExp(`^(${NC_NAME})(?:[ \\t\\n][\\s\\S]*)?$`, 'u');
/** Characters XML 1.0 excludes (after line ends are normalised, so no CR is left). */
const NOT_A_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1([ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(yes|no)\5)?[ \t\n]*\?>/;
/**
 * Comments, CDATA sections and processing instructions, then any other `<!` or `<?`. `<` cannot
 * stand in text or an attribute value, so a `<!` outside the first three is a markup declaration
 * (a DTD, an entity, …) or an unterminated comment or CDATA section, and such a `<?` an
 * unterminated processing instruction. The parser would read a DTD: this scan refuses one first.
 */
const MARKUP = /<!--([\s\S]*?)-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?([\s\S]*?)\?>|<!|<\?/g;
/** What may stand before and after the root element: whitespace, comments, processing instructions. */
const MISC = /(?:[ \t\n]+|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*/y;
/**
 * A start tag after the element's name: attributes, each after whitespace, each `name="value"`,
 * then `>` or `/>`. The validator skips a stray `=`, and the parser and the validator take
 * whatever JavaScript's \s matches for whitespace (U+00A0, U+2028, U+FEFF, …); here only
 * XML's whitespace separates, and a name holds no \s, so a tag either reads the same to all three
 * or is refused. Names themselves are checked as qualified names.
 */
const START_TAG_REST = /(?:[ \t\n]+[^\s=/>"'<]+[ \t\n]*=[ \t\n]*(?:"[^"]*"|'[^']*'))*[ \t\n]*(\/?)>/y;
const END_TAG_REST = /[ \t\n]*>/y;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/*
 * The parser's tree in document order: an element is { '$name': children, ':@': attributes },
 * text { '#text' }, CDATA { '#cdata': [{ '#text' }] }, a comment { '#comment': … }, a processing
 * instruction { '?target': … }. Names go through as '$' + the name ('$' is no name character), so
 * no name is taken for one of these keys and names like `constructor` are read as written
 * rather than refused or renamed by the parser's guard for object keys.
 */
const NAME_MARK = '$';
const TEXT = '#text';
const CDATA = '#cdata';
const ATTRIBUTES = ':@';
type OrderedNode = { [key: string]: unknown; [key: symbol]: unknown };
// Typed as the Symbol wrapper; it is a symbol.
const METADATA = XMLParser.getMetaDataSymbol() as unknown as symbol;

function mark(name: string): string {
  return name.startsWith(NAME_MARK) ? name : NAME_MARK + name;
}

const PARSER_OPTIONS: X2jOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: TEXT,
  cdataPropName: CDATA,
  commentPropName: '#comment',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // No entity is replaced, no DTD entity is ever kept: references are decoded below, strictly.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: false,
  ignorePiTags: false,
  // The parser may transform one name twice (a self-closing tag's): marking is idempotent.
  transformTagName: mark,
  transformAttributeName: mark,
  // Where each element starts, for the line and column of a failure.
  captureMetaData: true,
  // Callbacks get the parser's path object, not a string of the whole path built per element
  // (which would cost the depth at every element).
  jPath: false,
};

/**
 * The parser for one document, stopping as soon as the tree grows past the limits (so a deep or
 * huge tree costs no more than the limits): every element passes updateTag as it is added.
 */
function parserWithin(limits: Required<XmlReadLimits>): XMLParser {
  let elements = 0;
  return new XMLParser({
    ...PARSER_OPTIONS,
    maxNestedTags: limits.maxDepth,
    updateTag: (name, path) => {
      if (!name.startsWith(NAME_MARK)) return name;
      elements += 1;
      if (elements > limits.maxElements) throw overLimit(`more than ${limits.maxElements} elements`, { maxElements: limits.maxElements });
      if (typeof path !== 'string' && path.getDepth() > limits.maxDepth) {
        throw overLimit(`elements nested deeper than ${limits.maxDepth}`, { maxDepth: limits.maxDepth });
      }
      return name;
    },
  });
}

/** A limit broken: like the length limit, named in details rather than at a position. */
function overLimit(message: string, details: Record<string, number>): DomainError {
  return new DomainError('CEB_XML.MALFORMED_XML', `XML beyond the reader's limits: ${message}`, undefined, { kind: 'invalid', details });
}

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

function malformed(source: string, message: string, at: number, position?: { line: number; column: number }): never {
  let { line, column } = position ?? { line: 0, column: 0 };
  if (!position) {
    const before = source.slice(0, at);
    line = before.split('\n').length;
    column = at - before.lastIndexOf('\n');
  }
  throw new DomainError('CEB_XML.MALFORMED_XML', `not well-formed XML at line ${line}, column ${column}: ${message}`, undefined, {
    kind: 'invalid',
    details: { line, column },
  });
}

class Reader {
  constructor(
    private readonly source: string,
    private readonly limits: Required<XmlReadLimits>,
  ) {}

  private fail(message: string, at: number): never {
    return malformed(this.source, message, at);
  }

  read(): XmlNode {
    const source = this.source;
    const bad = NOT_A_CHARACTER.exec(source);
    if (bad) this.fail(`character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, bad.index);
    const declared = /^<\?xml[ \t\n?]/.test(source);
    const declaration = declared ? XML_DECLARATION.exec(source) : undefined;
    if (declaration === null) this.fail('malformed XML declaration', 0);
    const input = this.markup(declared);

    const valid = XMLValidator.validate(input);
    if (valid !== true) malformed(source, valid.err.msg, 0, { line: valid.err.line, column: valid.err.col ?? 1 });

    let top: OrderedNode[];
    try {
      top = parserWithin(this.limits).parse(input) as OrderedNode[];
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // Not expected once the validator has passed the text; still not well-formed XML.
      this.fail(error instanceof Error ? error.message : String(error), 0);
    }
    const elements = top.filter((node) => elementName(node) !== undefined);
    if (elements.length === 0) this.fail('no root element', 0);
    if (elements.length > 1) this.fail('content after the root element', startOf(elements[1]));
    const root = elements[0];
    this.misc(declaration?.[0].length ?? 0, startOf(root), 'expected the root element');
    const end = (root[METADATA] as { endIndex?: number } | undefined)?.endIndex;
    if (end === undefined) this.fail('the root element is not closed', startOf(root));
    this.misc(end, source.length, 'content after the root element');
    return this.tree(root);
  }

  /** Only whitespace, comments and processing instructions from `from` to `to` (around the root). */
  private misc(from: number, to: number, message: string): void {
    MISC.lastIndex = from;
    MISC.exec(this.source);
    if (MISC.lastIndex < to) this.fail(message, MISC.lastIndex);
  }

  /**
   * Comments and processing instructions as XML defines them; no DTD, no markup declaration.
   * Returns the text for the validator and the parser: the same, but with the data of processing
   * instructions blanked (the parser takes quotes in that data for quoting; the data is not read
   * anyway), at the same length so that positions stay.
   */
  private markup(declared: boolean): string {
    const source = this.source;
    const pieces: string[] = [];
    let copied = 0;
    MARKUP.lastIndex = 0;
    for (let match = MARKUP.exec(source); match !== null; match = MARKUP.exec(source)) {
      const at = match.index;
      const [whole, comment, instruction] = match;
      if (comment !== undefined) {
        if (comment.includes('--') || comment.endsWith('-')) this.fail('"--" inside a comment', at);
      } else if (instruction !== undefined) {
        if (at === 0 && declared) continue;
        const target = PROCESSING_INSTRUCTION.exec(instruction)?.[1];
        if (target === undefined) this.fail('malformed processing instruction', at);
        if (/^xml$/i.test(target)) this.fail(`processing instruction target ${JSON.stringify(target)} is reserved`, at);
        const data = at + 2 + target.length;
        const end = at + whole.length - 2;
        if (end > data) {
          pieces.push(source.slice(copied, data), ' '.repeat(end - data));
          copied = end;
        }
      } else if (whole === '<?') {
        this.fail('unterminated processing instruction', at);
      } else if (whole === '<!') {
        const rest = source.slice(at, at + 9);
        if (rest.startsWith('<!--')) this.fail('unterminated comment', at);
        if (rest === '<![CDATA[') this.fail('unterminated CDATA section', at);
        if (rest.startsWith('<!DOCTYPE')) this.fail('a document type declaration (DTD) is not accepted', at);
        this.fail('markup declarations are not accepted', at);
      }
    }
    pieces.push(source.slice(copied));
    return pieces.join('');
  }

  /** The parser's element as an XmlNode, namespaces resolved; without recursion, so depth costs no stack. */
  private tree(rootNode: OrderedNode): XmlNode {
    const rootScope = new NamespaceScope(new Map([['xml', XML_NAMESPACE]]));
    const root = this.element(rootNode, rootScope);
    // cursor: where the element's content not read yet starts (for the position of a failure).
    const stack: Array<{ items: OrderedNode[]; index: number; node: XmlNode; scope: NamespaceScope; cursor: number }> = [
      { items: childrenOf(rootNode), index: 0, node: root.node, scope: root.scope, cursor: root.content },
    ];
    while (stack.length > 0) {
      const open = stack[stack.length - 1];
      if (open.index >= open.items.length) {
        stack.pop();
        continue;
      }
      const item = open.items[open.index++];
      if (typeof item[TEXT] === 'string') {
        open.node.text += this.characterData(item[TEXT], open.cursor, false);
      } else if (Array.isArray(item[CDATA])) {
        open.node.text += (item[CDATA] as OrderedNode[]).map((part) => String(part[TEXT] ?? '')).join('');
      } else if (elementName(item) !== undefined) {
        const child = this.element(item, open.scope);
        open.node.children.push(child.node);
        open.cursor = child.end;
        stack.push({ items: childrenOf(item), index: 0, node: child.node, scope: child.scope, cursor: child.content });
      }
      // Comments and processing instructions were checked by markup(); they hold no data of the element.
    }
    return root.node;
  }

  /** The element, its namespace scope, and where its content starts and the element ends in the source. */
  private element(item: OrderedNode, parentScope: NamespaceScope): { node: XmlNode; scope: NamespaceScope; content: number; end: number } {
    const start = startOf(item);
    const written = elementName(item) as string;
    const { content, end } = this.tags(item, written);
    const name = this.qualifiedName(written, start);
    const attributes = new Map<string, { prefix?: string; local: string; value: string }>();
    for (const [key, raw] of Object.entries((item[ATTRIBUTES] ?? {}) as Record<string, unknown>)) {
      const attribute = this.qualifiedName(key.slice(NAME_MARK.length), start);
      const text = String(raw);
      if (text.includes('<')) this.fail('"<" inside an attribute value', this.find('<', start + 1));
      attributes.set(attribute.raw, { prefix: attribute.prefix, local: attribute.local, value: this.characterData(text, start, true) });
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
    return { node, scope, content, end };
  }

  /** The element's start tag and end tag in the source, as the parser read them (see START_TAG_REST). */
  private tags(item: OrderedNode, name: string): { content: number; end: number } {
    const source = this.source;
    const start = startOf(item);
    START_TAG_REST.lastIndex = start + 1 + name.length;
    const startTag = source.startsWith(name, start + 1) ? START_TAG_REST.exec(source) : null;
    if (startTag === null) this.fail(`malformed start tag <${name}`, start);
    const content = START_TAG_REST.lastIndex;
    if (startTag[1] === '/') return { content, end: content };
    const end = (item[METADATA] as { endIndex?: number } | undefined)?.endIndex;
    const endTag = end === undefined ? -1 : source.lastIndexOf('</', end - 1);
    if (end === undefined || endTag < content) this.fail(`<${name}> is not closed`, start);
    END_TAG_REST.lastIndex = endTag + 2 + name.length;
    if (!source.startsWith(name, endTag + 2) || END_TAG_REST.exec(source) === null || END_TAG_REST.lastIndex !== end) {
      this.fail(`malformed end tag of <${name}>`, endTag);
    }
    return { content, end };
  }

  private qualifiedName(raw: string, at: number): { raw: string; prefix?: string; local: string } {
    const match = QNAME.exec(raw);
    if (!match) this.fail(`${JSON.stringify(raw)} is not a valid qualified name`, at);
    return match[2] === undefined ? { raw, local: match[1] } : { raw, prefix: match[1], local: match[2] };
  }

  /**
   * Text with its references replaced; in an attribute, literal whitespace becomes a space.
   * `from`: where in the source the text is, or starts to be looked for.
   */
  private characterData(raw: string, from: number, inAttribute: boolean): string {
    if (!inAttribute && raw.includes(']]>')) this.fail('"]]>" in text', this.find(']]>', from));
    const normalised = inAttribute ? raw.replace(/[\t\n]/g, ' ') : raw;
    if (!normalised.includes('&')) return normalised;
    return normalised.replace(/&([^;&]*)(;?)/g, (whole, name: string, semicolon: string) => {
      if (semicolon !== ';') this.fail('"&" that starts no reference', this.find(whole, from));
      if (Object.prototype.hasOwnProperty.call(PREDEFINED, name)) return PREDEFINED[name];
      const reference = /^#(?:([0-9]+)|x([0-9a-fA-F]+))$/.exec(name);
      if (!reference) this.fail(`reference ${whole} to an entity that is not declared`, this.find(whole, from));
      const code = reference[1] !== undefined ? Number(reference[1]) : parseInt(reference[2], 16);
      const legal = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
      if (!legal) this.fail(`character reference ${whole} names a character XML does not allow`, this.find(whole, from));
      return String.fromCodePoint(code);
    });
  }

  /** Where `text` next stands in the source from `from` (the position of a failure); `from` if not found. */
  private find(text: string, from: number): number {
    const at = this.source.indexOf(text, from);
    return at < 0 ? from : at;
  }
}

/** The element's name as written, or undefined when the node is not an element. */
function elementName(node: OrderedNode): string | undefined {
  const key = Object.keys(node).find((k) => k !== ATTRIBUTES);
  return key !== undefined && key.startsWith(NAME_MARK) ? key.slice(NAME_MARK.length) : undefined;
}

function childrenOf(node: OrderedNode): OrderedNode[] {
  const name = elementName(node);
  const children = name === undefined ? undefined : node[NAME_MARK + name];
  return Array.isArray(children) ? (children as OrderedNode[]) : [];
}

function startOf(node: OrderedNode): number {
  return (node[METADATA] as { startIndex?: number } | undefined)?.startIndex ?? 0;
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
