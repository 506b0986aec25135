import { InventoryListReleasedV1, InventoryListReturnedV1, VerificationListApprovedV1 } from '@lhasa/contracts';
import { beijingDate, BONDED_ECOMMERCE_MODE, DomainError, formatMoney, multiplyFen, parseMoney, parseRate, Rational } from '@lhasa/domain';
import { RateOf, rateMonthOf } from './exchange-rates';
import { Basis, FactSource, TradeFact } from './trade-fact';

/**
 * Whether an inventory list's goods cross the national border with the list itself. Export
 * lists take goods abroad; a direct import list is mail from abroad. An import list that draws
 * on bonded stock (it names its e-ledger, emsNo) moves goods out of the zone (二线) that crossed
 * the border when they entered it (一线) and were counted then.
 */
export function listCrossesBorder(list: { ieFlag: 'I' | 'E'; emsNo?: string }): boolean {
  return list.ieFlag === 'E' || !list.emsNo;
}

/**
 * The amount in fen of CNY with the rate of its currency for the rate month (customs' monthly
 * rate of the release month). Without one the fact is pending conversion (both null): kept with
 * its original amount, never guessed and never added to a CNY total, until the rate is loaded
 * (ConvertPendingFactsService).
 */
export function toCny(amount: string, currency: string, rateMonth: string, rates: RateOf): Pick<TradeFact, 'valueFen' | 'rateToCny' | 'rateMonth'> {
  const entry = rates(currency, rateMonth);
  if (!entry) return { valueFen: null, rateToCny: null, rateMonth };
  return { valueFen: multiplyFen(parseMoney(amount), entry.rate), rateToCny: entry.text, rateMonth };
}

/** The currency and rate month an event's facts take: the month of its release date (Beijing). */
export const rateKeyOf = (currency: string, releasedAt: string): { currency: string; month: string } => ({
  currency,
  month: rateMonthOf(dateParts(releasedAt).releaseDate),
});

/** The partner country of a list's line (domain.md §9): its origin on import, the list's destination on export. */
export function partnerCountry(list: { ieFlag: 'I' | 'E'; country: string }, line: { country: string }): string {
  return list.ieFlag === 'E' ? list.country : line.country || list.country;
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
export function factsFromVerificationList(event: VerificationListApprovedV1, rates: RateOf): TradeFact[] {
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
    ...toCny(line.totalPrice, event.currency, rateMonthOf(when.releaseDate), rates),
  }));
}

/**
 * A released inventory list: always retail value; border value too when the goods cross with it
 * (every export list, a 1210 special-area export included: its goods entered the zone from the
 * domestic market, not across the border, so this is their one border count). A 9610 export
 * summary (CEB701/792) is not an event here: its lists were counted at release.
 */
export function factsFromReleasedList(event: InventoryListReleasedV1, rates: RateOf): TradeFact[] {
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
      country: partnerCountry(event, line),
      hsChapter: chapterOf(line.gcode),
      currency: event.currency,
      originalAmount: line.totalPrice,
      ...toCny(line.totalPrice, event.currency, rateMonthOf(when.releaseDate), rates),
    })),
  );
}

/** One counted fact of a returned list, with what earlier returns already netted off it (both positive). */
export interface CountedLine {
  fact: Pick<
    TradeFact,
    'basis' | 'gnum' | 'direction' | 'tradeMode' | 'enterpriseCode' | 'country' | 'hsChapter' | 'currency' | 'originalAmount' | 'valueFen' | 'rateToCny' | 'rateMonth' | 'releaseDate'
  >;
  /** Earlier returns of this line, in the fact's currency (fen units). */
  returnedAmount: bigint;
  /** Their CNY value in fen. */
  returnedFen: bigint;
}

/**
 * The CNY (fen, positive) a return of `amount` (fen units of the list's currency) takes off a
 * counted line: at the line's own rate, never more than is left, and exactly what is left when
 * the line is returned in full, so a returned list nets to zero and never below.
 */
export function returnValueFen(original: { amount: bigint; fen: bigint; rate: Rational }, before: { amount: bigint; fen: bigint }, amount: bigint): bigint {
  const left = original.fen - before.fen;
  if (before.amount + amount >= original.amount) return left;
  const fen = multiplyFen(amount, original.rate);
  return fen < left ? fen : left;
}

/**
 * An approved return nets the returned value off its list (domain.md §9): one negative RETURN
 * fact per counted fact of a returned line, on the same basis, mode, direction, country, HS
 * chapter and enterprise, at its rate and rate month, dated by the return's approval (the list's
 * release date kept beside it, for the RESTATED return policy). The returned amount is capped by what
 * is left of the line, so a list is never counted below zero. A line still pending conversion
 * makes a pending return fact, converted together with it.
 */
export function factsFromReturn(event: InventoryListReturnedV1, counted: readonly CountedLine[]): TradeFact[] {
  if (!counted.length) {
    throw new DomainError(
      'STATISTICS.RETURN_BEFORE_RELEASE',
      `return ${event.returnId} of list ${event.listId}: the list's release was not counted here; replay the return once it is`,
      'listId',
    );
  }
  const wanted = new Map<number, bigint>();
  for (const line of event.lines) wanted.set(line.gnum, (wanted.get(line.gnum) ?? 0n) + parseMoney(line.totalPrice));
  for (const { fact } of counted) {
    if (wanted.has(fact.gnum) && fact.currency !== event.currency) {
      throw new DomainError('STATISTICS.RETURN_CURRENCY_MISMATCH', `return ${event.returnId} is in ${event.currency}, its list was counted in ${fact.currency}`, 'currency');
    }
  }
  return netCounted(counted, { sourceId: event.returnId, listId: event.listId, at: event.returnedAt }, (gnum) => wanted.get(gnum));
}

/**
 * A list customs released and then cancelled (its goods had not left the zone, or not departed:
 * domain.md §3b) is netted to zero like a whole return: what is left of each counted fact comes
 * off as a negative RETURN fact, dated by the cancel (`cancelledAt`), its source id the list's own
 * (a list is cancelled once). A list never counted (cancelled before release) gives nothing.
 */
export function factsFromCancelledList(listId: string, counted: readonly CountedLine[], cancelledAt: string): TradeFact[] {
  return netCounted(counted, { sourceId: listId, listId, at: cancelledAt }, () => undefined, true);
}

/** Negative RETURN facts taking `asked(gnum)` (or, `whole`, everything left) off each counted fact, capped by what is left. */
function netCounted(
  counted: readonly CountedLine[],
  source: { sourceId: string; listId: string; at: string },
  asked: (gnum: number) => bigint | undefined,
  whole = false,
): TradeFact[] {
  const when = dateParts(source.at);
  const facts: TradeFact[] = [];
  for (const { fact, returnedAmount, returnedFen } of counted) {
    const left = parseMoney(fact.originalAmount) - returnedAmount;
    const wanted = whole ? left : asked(fact.gnum);
    if (wanted === undefined) continue;
    const amount = wanted < left ? wanted : left;
    if (amount <= 0n) continue;
    const valueFen =
      fact.valueFen === null || fact.rateToCny === null
        ? null
        : -returnValueFen({ amount: parseMoney(fact.originalAmount), fen: fact.valueFen, rate: parseRate(fact.rateToCny) }, { amount: returnedAmount, fen: returnedFen }, amount);
    facts.push({
      basis: fact.basis,
      sourceType: 'RETURN',
      sourceId: source.sourceId,
      gnum: fact.gnum,
      direction: fact.direction,
      tradeMode: fact.tradeMode,
      ...when,
      enterpriseCode: fact.enterpriseCode,
      country: fact.country,
      hsChapter: fact.hsChapter,
      currency: fact.currency,
      originalAmount: formatMoney(-amount),
      valueFen,
      rateToCny: valueFen === null ? null : fact.rateToCny,
      rateMonth: fact.rateMonth,
      netsSourceId: source.listId,
      netsReleaseDate: fact.releaseDate,
    });
  }
  return facts;
}
