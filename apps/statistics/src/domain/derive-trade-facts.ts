import { InventoryListReleasedV1, VerificationListApprovedV1 } from '@lhasa/contracts';
import { beijingDate, BONDED_ECOMMERCE_MODE, DomainError, multiplyFen, parseMoney, Rational } from '@lhasa/domain';
import { Basis, FactSource, TradeFact } from './trade-fact';

export type RatesToCny = ReadonlyMap<string, { rate: Rational; text: string }>;

/**
 * Whether an inventory list's goods cross the national border with the list itself. Export
 * lists take goods abroad; a direct import list is mail from abroad. An import list that draws
 * on bonded stock (it names its e-ledger, emsNo) moves goods out of the zone (二线) that crossed
 * the border when they entered it (一线) and were counted then.
 */
export function listCrossesBorder(list: { ieFlag: 'I' | 'E'; emsNo?: string }): boolean {
  return list.ieFlag === 'E' || !list.emsNo;
}

/** The amount in fen of CNY; a currency without a configured rate is refused, never guessed. */
export function toCny(amount: string, currency: string, rates: RatesToCny): { valueFen: bigint; rateToCny: string } {
  const entry = rates.get(currency);
  if (!entry) {
    throw new DomainError('STATISTICS.NO_RATE', `no CNY rate for currency ${currency}; set it in STATISTICS_RATES and replay the event`, 'currency');
  }
  return { valueFen: multiplyFen(parseMoney(amount), entry.rate), rateToCny: entry.text };
}

/** '0902109000' → '09'; whatever the code, the value is kept (an unknown chapter is labelled so). */
const chapterOf = (gcode: string) => gcode.slice(0, 2);

function dateParts(instant: string): Pick<TradeFact, 'releaseDate' | 'year' | 'month'> {
  const ymd = beijingDate(new Date(instant));
  return { releaseDate: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, year: Number(ymd.slice(0, 4)), month: Number(ymd.slice(4, 6)) };
}

/**
 * An approved verification list: a bonded entry from abroad (一线, purpose BONDED_ENTRY, I) is
 * border import under 1210. An e-commerce exit (二线) adds nothing: its goods are counted as
 * retail by their released inventory lists.
 */
export function factsFromVerificationList(event: VerificationListApprovedV1, rates: RatesToCny): TradeFact[] {
  if (event.purpose !== 'BONDED_ENTRY' || event.impexpMarkcd !== 'I') return [];
  const when = dateParts(event.approvedAt);
  return event.lines.map((line, index) => ({
    basis: 'BORDER',
    sourceType: 'VERIFICATION_LIST',
    sourceId: event.verificationListId,
    gnum: index + 1,
    direction: 'I',
    tradeMode: BONDED_ECOMMERCE_MODE,
    ...when,
    enterpriseCode: event.operatorCode,
    country: line.country,
    hsChapter: chapterOf(line.gcode),
    currency: event.currency,
    originalAmount: line.totalPrice,
    ...toCny(line.totalPrice, event.currency, rates),
  }));
}

/** A released inventory list: always retail value; border value too when the goods cross with it. */
export function factsFromReleasedList(event: InventoryListReleasedV1, rates: RatesToCny): TradeFact[] {
  const bases: Basis[] = listCrossesBorder(event) ? ['RETAIL', 'BORDER'] : ['RETAIL'];
  const when = dateParts(event.releasedAt);
  const source: FactSource = 'INVENTORY_LIST';
  return bases.flatMap((basis) =>
    event.lines.map((line) => ({
      basis,
      sourceType: source,
      sourceId: event.listId,
      gnum: line.gnum,
      direction: event.ieFlag,
      tradeMode: event.tradeMode,
      ...when,
      enterpriseCode: event.ebcCode,
      country: line.country || event.country,
      hsChapter: chapterOf(line.gcode),
      currency: event.currency,
      originalAmount: line.totalPrice,
      ...toCny(line.totalPrice, event.currency, rates),
    })),
  );
}
