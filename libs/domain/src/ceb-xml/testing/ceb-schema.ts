/**
 * The 202205 CEB schema facts of ../shared/docs/ceb-elements.md, read from the markdown itself
 * (never copied), and a checker of rendered XML against them: child order, required elements,
 * elements the schema does not define, max occurs, string lengths and digit limits. Test code:
 * the conformance specs of libs/domain and libs/contracts use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ParsedElement } from './parse-xml';

export type CebDirection = 'import' | 'export';

export interface CebSimpleType {
  base: string;
  length?: number;
  minLength?: number;
  maxLength?: number;
  totalDigits?: number;
  fractionDigits?: number;
}

export interface CebChildElement {
  position: number;
  name: string;
  required: boolean;
  /** Infinity for unbounded. */
  max: number;
  /** undefined: a complex element with a table of its own. */
  type?: CebSimpleType;
}

export interface CebSchema {
  /** Text before the first table: the facts stated in prose. */
  intro: string;
  /** `${direction} ${element}` → its children in the schema's order. */
  tables: ReadonlyMap<string, readonly CebChildElement[]>;
}

export const CEB_ELEMENTS_FILE = 'ceb-elements.md';

/** The repository root: the nearest folder above this file holding package.json. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

/** `<repo root>/../shared/docs/ceb-elements.md`, beside the project on every machine and in CI. */
export function cebElementsPath(): string {
  return path.resolve(repositoryRoot(), '..', 'shared', 'docs', CEB_ELEMENTS_FILE);
}

/** Reads and parses the schema facts; a missing file is an error naming where it was looked for. */
export function loadCebSchema(file = cebElementsPath()): CebSchema {
  if (!existsSync(file)) {
    throw new Error(
      `The CEB schema facts were not found at ${file}. The conformance test checks rendered XML against ` +
        `../shared/docs/${CEB_ELEMENTS_FILE} (relative to the repository root); it must exist beside the project.`,
    );
  }
  const schema = parseCebSchema(readFileSync(file, 'utf8'));
  if (schema.tables.size === 0) throw new Error(`${file} holds no element tables`);
  return schema;
}

function parseType(text: string): CebSimpleType | undefined {
  const match = /^(\w+)(?:\s*\((.*)\))?$/.exec(text.trim());
  if (!match) return undefined;
  const type: CebSimpleType = { base: match[1] };
  for (const facet of (match[2] ?? '').split(',')) {
    const [name, value] = facet.trim().split(/\s+/);
    if (name && value !== undefined) (type as unknown as Record<string, number>)[name] = Number(value);
  }
  return type;
}

export function parseCebSchema(markdown: string): CebSchema {
  const tables = new Map<string, CebChildElement[]>();
  let current: CebChildElement[] | undefined;
  const lines = markdown.split(/\r?\n/);
  const firstHeading = lines.findIndex((line) => line.startsWith('## '));
  for (const line of lines) {
    const heading = /^###\s+(import|export)\s+(\S+)\s*$/.exec(line);
    if (heading) {
      current = [];
      tables.set(`${heading[1]} ${heading[2]}`, current);
      continue;
    }
    if (line.startsWith('#')) {
      current = undefined;
      continue;
    }
    const row = /^\|\s*(\d+)\s*\|\s*([A-Za-z_][\w.-]*)\s*\|\s*(yes)?\s*\|\s*(\d+|unbounded)\s*\|(.*)\|\s*$/.exec(line);
    if (row && current) {
      const typeText = row[5].trim();
      current.push({
        position: Number(row[1]),
        name: row[2],
        required: row[3] === 'yes',
        max: row[4] === 'unbounded' ? Infinity : Number(row[4]),
        type: typeText === '' ? undefined : parseType(typeText),
      });
    }
  }
  for (const [key, rows] of [...tables]) if (rows.length === 0) tables.delete(key);
  return { intro: lines.slice(0, Math.max(firstHeading, 0)).join('\n'), tables };
}

/** "each up to 99 goods lines": the prose fact that bounds a document's lines. */
export function goodsLinesPerDocument(schema: CebSchema): number {
  const match = /up to (\d+) goods lines/.exec(schema.intro.replace(/\s+/g, ' '));
  if (!match) throw new Error('ceb-elements.md no longer states how many goods lines a document carries');
  return Number(match[1]);
}

/**
 * The tax messages' Tax has no table of its own and two heads in the markdown: by the standard,
 * the tax bill (CEB816) is a TaxHeadRd and its TaxListRd lines, the status change (CEB818) one
 * TaxHeadStatus. The message names the variant: its head is `${element}Head${variant}`.
 */
const DOCUMENT_VARIANTS: Readonly<Record<string, string>> = { CEB816Message: 'Rd', CEB818Message: 'Status' };

/**
 * The children of an element. The import section has no table for the document elements
 * themselves (Order, Payment, Logistics, Inventory, …): by the standard each is its head once,
 * then its lines (when the schema defines a list element) up to the goods-line bound the
 * document states in prose. `message` (CEB816Message) picks the variant of a document whose
 * head depends on the message (DOCUMENT_VARIANTS).
 */
export function childrenOf(schema: CebSchema, direction: CebDirection, element: string, message?: string): readonly CebChildElement[] | undefined {
  const table = schema.tables.get(`${direction} ${element}`);
  if (table) return table;
  const variant = (message !== undefined && DOCUMENT_VARIANTS[message]) || '';
  const head = schema.tables.get(`${direction} ${element}Head${variant}`);
  if (!head) return undefined;
  const children: CebChildElement[] = [{ position: 1, name: `${element}Head${variant}`, required: true, max: 1 }];
  if (schema.tables.has(`${direction} ${element}List${variant}`)) {
    children.push({ position: 2, name: `${element}List${variant}`, required: true, max: goodsLinesPerDocument(schema) });
  }
  return children;
}

const PREFIX = /^(ceb|ds):/;
/** Elements whose content another standard defines (XML-DSig) or is free (ExtendMessage's Message). */
const OPAQUE = new Set(['Signature', 'Message']);

function localName(element: ParsedElement): string {
  return element.name.replace(PREFIX, '');
}

function checkPrefix(element: ParsedElement, where: string, out: string[]): void {
  const expected = localName(element) === 'Signature' ? 'ds:' : 'ceb:';
  if (!element.name.startsWith(expected)) out.push(`${where}: <${element.name}> must be ${expected}${localName(element)}`);
}

function digitsOf(text: string): { total: number; fraction: number } {
  const [integer, fraction = ''] = text.replace(/^[-+]/, '').split('.');
  const significantInteger = integer.replace(/^0+/, '');
  const significantFraction = fraction.replace(/0+$/, '');
  return { total: significantInteger.length + significantFraction.length, fraction: significantFraction.length };
}

function checkText(text: string, type: CebSimpleType, where: string, out: string[]): void {
  const length = [...text].length;
  if (type.base === 'string') {
    if (type.length !== undefined && length !== type.length) out.push(`${where}: ${JSON.stringify(text)} must be exactly ${type.length} characters (is ${length})`);
    if (type.maxLength !== undefined && length > type.maxLength) out.push(`${where}: ${length} characters, at most ${type.maxLength} allowed`);
    if (type.minLength !== undefined && length < type.minLength) out.push(`${where}: ${length} characters, at least ${type.minLength} required`);
    return;
  }
  if (type.base === 'decimal' || type.base === 'int') {
    const pattern = type.base === 'int' ? /^[-+]?\d+$/ : /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
    if (!pattern.test(text)) {
      out.push(`${where}: ${JSON.stringify(text)} is not an ${type.base === 'int' ? 'int' : 'decimal'}`);
      return;
    }
    const digits = digitsOf(text);
    if (type.totalDigits !== undefined && digits.total > type.totalDigits) out.push(`${where}: ${text} has ${digits.total} digits, at most ${type.totalDigits} allowed`);
    if (type.fractionDigits !== undefined && digits.fraction > type.fractionDigits) out.push(`${where}: ${text} has ${digits.fraction} decimals, at most ${type.fractionDigits} allowed`);
    if (type.base === 'int' && Math.abs(Number(text)) > 2147483647) out.push(`${where}: ${text} is outside xs:int`);
  }
}

function checkChildren(schema: CebSchema, direction: CebDirection, message: string, element: ParsedElement, rows: readonly CebChildElement[], where: string, out: string[]): void {
  const counts = new Map<string, number>();
  let position = 0;
  for (const child of element.children) {
    const name = localName(child);
    const index = rows.findIndex((row) => row.name === name);
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    const at = `${where}/${name}${count > 1 ? `[${count}]` : ''}`;
    checkPrefix(child, at, out);
    if (index < 0) {
      out.push(`${at}: not an element of ${localName(element)} in the schema`);
      continue;
    }
    if (index < position) out.push(`${at}: out of order (the schema puts ${name} before ${rows[position].name})`);
    position = Math.max(position, index);
    const row = rows[index];
    if (count === row.max + 1) out.push(`${where}/${name}: more than ${row.max} allowed`);
    if (row.type === undefined) {
      checkElement(schema, direction, message, child, at, out);
    } else if (row.type.base === 'XMLElement') {
      // free content
    } else {
      if (child.children.length > 0) out.push(`${at}: a ${row.type.base} must not have child elements`);
      checkText(child.text, row.type, at, out);
    }
  }
  for (const row of rows) {
    if (row.required && !counts.has(row.name)) out.push(`${where}: required ${row.name} is missing`);
  }
}

function checkElement(schema: CebSchema, direction: CebDirection, message: string, element: ParsedElement, where: string, out: string[]): void {
  const name = localName(element);
  if (OPAQUE.has(name)) return;
  const rows = childrenOf(schema, direction, name, message);
  if (!rows) {
    out.push(`${where}: the schema defines no ${direction} ${name}`);
    return;
  }
  checkChildren(schema, direction, message, element, rows, where, out);
}

/**
 * Everything in `root` (a parsed CEBxxxMessage) that breaks the schema, one line per finding,
 * each with its path (CEB311Message/Order/OrderList[2]: required gmodel is missing).
 */
export function cebSchemaViolations(schema: CebSchema, direction: CebDirection, root: ParsedElement): string[] {
  const out: string[] = [];
  const name = localName(root);
  checkPrefix(root, name, out);
  if (!schema.tables.has(`${direction} ${name}`)) return [`${name}: the schema defines no ${direction} message ${name}`];
  checkElement(schema, direction, name, root, name, out);
  return out;
}

/** The documents of a message (Order, Inventory, …): the children before the tail. */
export function documentsOf(root: ParsedElement): ParsedElement[] {
  return root.children.filter((child) => !['BaseTransfer', 'BaseSubscribe', 'ExtendMessage', 'Signature'].includes(localName(child)));
}
