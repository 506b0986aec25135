import { DomainError } from '../shared/domain-error';
import { formatScaled, parseScaled } from '../shared/scaled-decimal';

/** Money is integer fen (bigint): exact at any size, and no binary float ever touches it. */
export type Fen = bigint;

const FEN_SCALE = 2;

/** "120.50", "120.5", "120" or "-3.10" -> fen. Throws MONEY.INVALID on anything else. */
export function parseMoney(text: string): Fen {
  const fen = parseScaled(text, FEN_SCALE);
  if (fen === undefined) {
    throw new DomainError(
      'MONEY.INVALID',
      `${JSON.stringify(text)} is not an amount in yuan with at most 2 decimals, e.g. "120.50"`,
    );
  }
  return fen;
}

/** Fen -> canonical wire form, always two decimals: 12340n -> "123.40", -5n -> "-0.05". */
export function formatMoney(fen: Fen): string {
  return formatScaled(fen, FEN_SCALE, false);
}

/** Any accepted spelling of an amount in its canonical form: "0.5" -> "0.50". */
export function normaliseMoney(text: string): string {
  return formatMoney(parseMoney(text));
}

export function addMoney(...amounts: string[]): string {
  return formatMoney(amounts.reduce((sum, amount) => sum + parseMoney(amount), 0n));
}

export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const difference = parseMoney(a) - parseMoney(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

