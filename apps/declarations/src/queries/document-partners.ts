import { EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { DOCUMENT_KINDS, FiledDocumentRow } from '../shared/documents';
import { isPartyOf, PartyDocument } from '../shared/parties';
import { PartnerView } from '../shared/partner.view';
import { iso } from '../shared/receipt.view';

/**
 * Two kinds of document customs matches (domain.md §4), by fields both carry under the same
 * name: `keys` must be equal; a `whenGiven` field must be equal when the document has it (the
 * order names its payment company only sometimes).
 */
export interface TradeLink {
  kinds: readonly [PartyDocument, PartyDocument];
  keys: readonly string[];
  whenGiven?: readonly string[];
}

/**
 * The trade's documents and how they find each other: an order and its list by (orderNo, ebpCode,
 * ebcCode), its payment by (orderNo, ebpCode) and payCode when the order gives it, a list and its
 * waybill by (logisticsCode, logisticsNo). A waybill carries no platform, so it reaches its order
 * and payment through its list. A new document type adds its links here.
 */
export const TRADE_LINKS: readonly TradeLink[] = [
  { kinds: ['order', 'inventoryList'], keys: ['orderNo', 'ebpCode', 'ebcCode'] },
  { kinds: ['order', 'payment'], keys: ['orderNo', 'ebpCode'], whenGiven: ['payCode'] },
  { kinds: ['payment', 'inventoryList'], keys: ['orderNo', 'ebpCode'] },
  { kinds: ['waybill', 'inventoryList'], keys: ['logisticsCode', 'logisticsNo'] },
  { kinds: ['exportOrder', 'inventoryList'], keys: ['orderNo', 'ebpCode', 'ebcCode'] },
  { kinds: ['exportOrder', 'paymentReceipt'], keys: ['orderNo', 'ebpCode', 'ebcCode'] },
  { kinds: ['paymentReceipt', 'inventoryList'], keys: ['orderNo', 'ebpCode', 'ebcCode'] },
  { kinds: ['exportWaybill', 'inventoryList'], keys: ['logisticsCode', 'logisticsNo'] },
];

/** Documents of one kind found from one document; more is a trade gone wrong, not one to page through. */
const PER_LINK = 20;
/** Hops from the document: a waybill's order is two (waybill → list → order). */
const DEPTH = 3;

type Row = FiledDocumentRow & Record<string, unknown>;

function conditions(link: TradeLink, from: Row, only: Readonly<Record<string, string>> = {}): Array<FindOptionsWhere<Row>> {
  const equal = { ...Object.fromEntries(link.keys.map((k) => [k, from[k]])), ...only };
  const given = (link.whenGiven ?? []).filter((k) => from[k] !== null && from[k] !== undefined);
  if (link.keys.some((k) => from[k] === null || from[k] === undefined)) return [];
  // Equal to the document's, or absent on the partner: every combination of the given fields.
  return given.reduce<Array<Record<string, unknown>>>(
    (alternatives, k) => alternatives.flatMap((a) => [{ ...a, [k]: from[k] }, { ...a, [k]: IsNull() }]),
    [equal],
  ) as Array<FindOptionsWhere<Row>>;
}

/**
 * The other documents of a document's trade, found through TRADE_LINKS, in DOCUMENT_KINDS order
 * then filing order. One the caller is a party of shows its id and where it stands; one it is not
 * shows that it exists and nothing else.
 */
export async function partnersOf(m: EntityManager, caller: Caller, kind: PartyDocument, document: FiledDocumentRow): Promise<PartnerView[]> {
  const seen = new Set([`${kind}:${document.id}`]);
  const found: Array<{ kind: PartyDocument; row: Row }> = [];
  let frontier = [{ kind, row: document as Row }];
  for (let depth = 0; depth < DEPTH && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const from of frontier) {
      for (const link of TRADE_LINKS) {
        const other = link.kinds[0] === from.kind ? link.kinds[1] : link.kinds[1] === from.kind ? link.kinds[0] : undefined;
        const where = other ? conditions(link, from.row, DOCUMENT_KINDS[other].where) : [];
        if (!other || !where.length) continue;
        const rows = (await m.getRepository(DOCUMENT_KINDS[other].entity).find({ where: where as never, order: { createdAt: 'ASC' }, take: PER_LINK })) as Row[];
        for (const row of rows) {
          if (seen.has(`${other}:${row.id}`)) continue;
          seen.add(`${other}:${row.id}`);
          found.push({ kind: other, row });
          next.push({ kind: other, row });
        }
      }
    }
    frontier = next;
  }
  const order = Object.keys(DOCUMENT_KINDS);
  return found
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.row.createdAt.getTime() - b.row.createdAt.getTime())
    .map(({ kind: k, row }) => (isPartyOf(caller, k, row as never) ? visible(k, row) : { kind: k, visible: false }));
}

function visible(kind: PartyDocument, row: Row): PartnerView {
  return {
    kind,
    visible: true,
    id: row.id,
    businessKey: row.businessKey,
    status: row.status,
    returnStatus: row.returnStatus,
    returnTime: iso(row.returnTime),
    filedAt: row.createdAt.toISOString(),
  };
}
