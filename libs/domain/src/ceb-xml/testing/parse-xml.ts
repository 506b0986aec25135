/**
 * A strict little XML reader for tests: it accepts only well-formed documents (one root,
 * balanced tags, quoted attributes, known entity references) and returns the element tree,
 * so specs can check well-formedness, escaping and element order without an XML dependency.
 */
export interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  children: ParsedElement[];
  text: string;
}

const NAME = '[A-Za-z_][A-Za-z0-9_.:-]*';
const START_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}="[^"<]*")*)\\s*(/?)>$`);
const END_TAG = new RegExp(`^</(${NAME})\\s*>$`);
const ATTRIBUTE = new RegExp(`(${NAME})="([^"<]*)"`, 'g');
const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const ENTITY_VALUES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string, where: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) throw new Error(`bare & in ${where}: ${text}`);
  return text.replace(ENTITY, (_, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#') ? String.fromCodePoint(parseInt(name.slice(1), 10))
        : ENTITY_VALUES[name]);
}

export function parseXml(xml: string): ParsedElement {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/, '');
  const tokens = body.match(/<[^>]*>|[^<]+/g) ?? [];
  const stack: ParsedElement[] = [];
  let root: ParsedElement | undefined;
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      if (stack.length === 0) {
        if (token.trim() !== '') throw new Error(`text outside the root: ${token}`);
        continue;
      }
      if (token.includes('>')) throw new Error(`unescaped > in text: ${token}`);
      stack[stack.length - 1].text += unescape(token, 'text');
      continue;
    }
    const end = END_TAG.exec(token);
    if (end) {
      const open = stack.pop();
      if (!open || open.name !== end[1]) throw new Error(`</${end[1]}> closes ${open ? `<${open.name}>` : 'nothing'}`);
      continue;
    }
    const start = START_TAG.exec(token);
    if (!start) throw new Error(`malformed tag: ${token}`);
    if (root && stack.length === 0) throw new Error('more than one root element');
    const attributes: Record<string, string> = {};
    for (const [, key, value] of start[2].matchAll(ATTRIBUTE)) {
      if (key in attributes) throw new Error(`duplicate attribute ${key}`);
      attributes[key] = unescape(value, `attribute ${key}`);
    }
    const node: ParsedElement = { name: start[1], attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    if (start[3] !== '/') stack.push(node);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error('no root element');
  return root;
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
