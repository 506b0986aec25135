import { DomainError } from '../shared/domain-error';
import { formatScaled, parseScaled } from '../shared/scaled-decimal';

/** Quantities in units of 1e-5 (the standard's N19,5), so stock arithmetic is exact. */
export type QuantityUnits = bigint;

export const QUANTITY_SCALE = 5;

/** "12", "0.5", "1.25000" or "-3" -> units of 1e-5. Throws QUANTITY.INVALID otherwise. */
export function parseQuantity(text: string): QuantityUnits {
  const units = parseScaled(text, QUANTITY_SCALE);
  if (units === undefined) {
    throw new DomainError(
      'QUANTITY.INVALID',
      `${JSON.stringify(text)} is not a quantity with at most ${QUANTITY_SCALE} decimals, e.g. "12.5"`,
    );
  }
  return units;
}

/** Units -> wire form without trailing zeros: 1250000n -> "12.5", 100000n -> "1". */
export function formatQuantity(units: QuantityUnits): string {
  return formatScaled(units, QUANTITY_SCALE, true);
}

/** Any accepted spelling of a quantity (numeric(19,5) text included) in its wire form: "10.50000" -> "10.5". */
export function normaliseQuantity(text: string): string {
  return formatQuantity(parseQuantity(text));
}

/** One whole unit in QuantityUnits. */
export const QUANTITY_UNIT: QuantityUnits = 10n ** BigInt(QUANTITY_SCALE);

