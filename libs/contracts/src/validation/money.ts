import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { normaliseMoney, normaliseQuantity } from '@lhasa/domain';

/**
 * Money on the wire is a decimal in yuan with at most two decimals ("123.40"), accepted as a
 * JSON number or string and kept as a canonical string so no binary float ever does arithmetic.
 */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,15})\.\d{2}$/;
const MONEY_INPUT = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** Quantities: up to 14 integer digits and 5 decimals (the standard's N19,5). */
export const QUANTITY_PATTERN = /^(0|[1-9]\d{0,13})(\.\d{1,5})?$/;

/** Trimmed text of a JSON number or string; anything else is left for validation to name. */
function wireText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return typeof value === 'string' ? value.trim() : undefined;
}

/** Money on the wire in its canonical form ("0.5" → "0.50"), through the domain's one format. */
export function canonicalMoney(value: unknown): unknown {
  const text = wireText(value);
  if (text === undefined || !MONEY_INPUT.test(text)) return value;
  return normaliseMoney(text);
}

/** Quantities in their canonical form ("1.50000" → "1.5"), through the domain's one format. */
export function canonicalQuantity(value: unknown): unknown {
  const text = wireText(value);
  if (text === undefined || !QUANTITY_PATTERN.test(text)) return value;
  return normaliseQuantity(text);
}

function patternDecorator(name: string, pattern: RegExp, describe: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message: `$property must be ${describe}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && pattern.test(value) },
    });
}

/** A non-negative amount in yuan with at most two decimals. */
export function IsMoney(options?: ValidationOptions): PropertyDecorator {
  const transform = Transform(({ value }) => canonicalMoney(value));
  const validate = patternDecorator('isMoney', MONEY_PATTERN, 'a non-negative amount with at most 2 decimals, e.g. "120.50"', options);
  return (target, key) => {
    transform(target, key);
    validate(target, key as string);
  };
}

/** A positive quantity with at most five decimals. */
export function IsQuantity(options?: ValidationOptions): PropertyDecorator {
  const transform = Transform(({ value }) => canonicalQuantity(value));
  const validate = (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isQuantity',
      target: object.constructor,
      propertyName,
      options: { message: '$property must be a positive quantity with at most 5 decimals', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && QUANTITY_PATTERN.test(value) && /[1-9]/.test(value),
      },
    });
  return (target, key) => {
    transform(target, key);
    validate(target, key as string);
  };
}
