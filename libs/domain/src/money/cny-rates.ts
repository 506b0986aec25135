import { CNY_CEB_CODE, Currencies } from '../codes/currencies';
import { DomainError } from '../shared/domain-error';
import { Fen, formatMoney, parseMoney } from './money';
import { multiplyFen, parseRate, Rational } from './rational';

/** CNY per unit of a currency, by CEB currency code; the text is the rate as configured. */
export type CnyRateTable = ReadonlyMap<string, { rate: Rational; text: string }>;

/**
 * Reads a rate table such as "502=7.1000,300=7.8000" (CEB currency code = CNY per unit, customs'
 * monthly rate). CNY (142) is always 1 and need not be given. A pair that is not a known
 * currency code with a non-negative decimal rate is an error naming `name` and the pair.
 */
export function parseCnyRates(text: string, name: string): CnyRateTable {
  const table = new Map<string, { rate: Rational; text: string }>([[CNY_CEB_CODE, { rate: { num: 1n, den: 1n }, text: '1' }]]);
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [code, value, ...rest] = pair.split('=').map((p) => p.trim());
    if (!code || !value || rest.length || !Currencies.isKnownCeb(code)) {
      throw new DomainError('RATE.INVALID', `${name}: "${pair}" must be <known CEB currency code>=<CNY per unit>, e.g. 502=7.1000`, name);
    }
    const rate = parseRate(value, `${name} ${code}`);
    if (code === CNY_CEB_CODE && rate.num !== rate.den) throw new DomainError('RATE.INVALID', `${name}: the rate of CNY (${CNY_CEB_CODE}) is always 1`, name);
    table.set(code, { rate, text: value });
  }
  return table;
}

/** An amount in `currency` as fen of CNY, rounded half-up; undefined when the table has no rate for it. */
export function toCnyFen(amount: string, currency: string, rates: CnyRateTable): Fen | undefined {
  const entry = rates.get(currency);
  return entry ? multiplyFen(parseMoney(amount), entry.rate) : undefined;
}

/** The same in the wire form ("35500.00"); undefined without a rate. */
export function toCnyMoney(amount: string, currency: string, rates: CnyRateTable): string | undefined {
  const fen = toCnyFen(amount, currency, rates);
  return fen === undefined ? undefined : formatMoney(fen);
}
