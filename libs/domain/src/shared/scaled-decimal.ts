/**
 * Fixed-point decimal text <-> integer of the smallest unit (fen, 1e-5 of a unit).
 * Shared by money and quantities so both parse the same strict grammar: no exponent, no
 * leading zeros, no '+', no whitespace, at most `scale` decimals. Binary floats never appear.
 */
const DECIMAL = /^(-?)(0|[1-9]\d{0,29})(?:\.(\d+))?$/;

/** Returns undefined for text outside the grammar so each caller throws with its own code. */
export function parseScaled(text: unknown, scale: number): bigint | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign, int, frac = ''] = match;
  if (frac.length > scale) return undefined;
  const magnitude = BigInt(int) * 10n ** BigInt(scale) + BigInt(frac.padEnd(scale, '0') || '0');
  return sign === '-' ? -magnitude : magnitude;
}

export function formatScaled(value: bigint, scale: number, trimTrailingZeros: boolean): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  let frac = digits.slice(digits.length - scale);
  if (trimTrailingZeros) frac = frac.replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return negative ? `-${body}` : body;
}
