import { getMetadataArgsStorage } from 'typeorm';
import { DOCUMENT_KINDS } from '../shared/documents';
import { TRADE_LINKS } from './document-partners';

/** The entity's columns, those of the classes it extends included. */
function columnsOf(entity: unknown): Set<string> {
  const targets = new Set<unknown>();
  for (let c = entity as { prototype?: object } | null; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) targets.add(c);
  return new Set(getMetadataArgsStorage().columns.filter((col) => targets.has(col.target)).map((col) => col.propertyName));
}

describe('TRADE_LINKS', () => {
  it.each(TRADE_LINKS.map((l) => [l.kinds.join(' ↔ '), l] as const))('%s match on fields both documents keep', (_name, link) => {
    for (const kind of link.kinds) {
      const columns = columnsOf(DOCUMENT_KINDS[kind].entity);
      for (const field of [...link.keys, ...(link.whenGiven ?? [])]) expect([kind, field, columns.has(field)]).toEqual([kind, field, true]);
    }
  });

  it('join the four documents customs matches into one trade', () => {
    const kinds = [...new Set(TRADE_LINKS.flatMap((l) => l.kinds))];
    expect(kinds).toEqual(expect.arrayContaining(['order', 'payment', 'waybill', 'inventoryList']));
    const reached = new Set([kinds[0]]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const { kinds: [a, b] } of TRADE_LINKS) {
        if (reached.has(a) !== reached.has(b)) {
          reached.add(a).add(b);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...kinds].sort());
  });
});
