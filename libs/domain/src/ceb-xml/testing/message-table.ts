/**
 * A message as a table of its fields, one line per attribute and per leaf element, each with
 * its path (`CEB303Message/Order/OrderList[2]/gnum = "2"`), in document order. Specs compare
 * the table of a rendered message with that of a hand-written one, so a difference names the
 * field at fault.
 */
import { ParsedElement, parseXml } from './parse-xml';

export function messageTable(xml: string): string[] {
  const rows: string[] = [];
  const walk = (node: ParsedElement, path: string) => {
    for (const [name, value] of Object.entries(node.attributes)) rows.push(`${path}/@${name} = ${JSON.stringify(value)}`);
    if (node.children.length === 0) {
      rows.push(`${path} = ${JSON.stringify(node.text)}`);
      return;
    }
    const seen = new Map<string, number>();
    const total = new Map<string, number>();
    for (const child of node.children) total.set(child.name, (total.get(child.name) ?? 0) + 1);
    for (const child of node.children) {
      const index = (seen.get(child.name) ?? 0) + 1;
      seen.set(child.name, index);
      walk(child, `${path}/${child.name}${(total.get(child.name) ?? 0) > 1 ? `[${index}]` : ''}`);
    }
  };
  const root = parseXml(xml);
  walk(root, root.name);
  return rows;
}
