import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * Money on the wire is a decimal in yuan with at most two decimals ("123.40"), accepted as a
 * JSON number or string and kept as a canonical string so no binary float ever does arithmetic.
 */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,15})\.\d{2}$/;
const MONEY_INPUT = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** Quantities: up to 14 integer digits and 5 decimals (the standard's N19,5). */
export const QUANTITY_PATTERN = /^(0|[1-9]\d{0,13})(\.\d{1,5})?$/;

export function canonicalMoney(value: unknown): unknown {
  if (typeof value !== 'number' && typeof value !== 'string') return value;
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  if (!MONEY_INPUT.test(text)) return value;
  const [int, frac = ''] = text.split('.');
  return `${int}.${frac.padEnd(2, '0')}`;
}

export function canonicalQuantity(value: unknown): unknown {
  if (typeof value !== 'number' && typeof value !== 'string') return value;
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  if (!QUANTITY_PATTERN.test(text)) return value;
  const [int, frac = ''] = text.split('.');
  const trimmed = frac.replace(/0+$/, '');
  return trimmed ? `${int}.${trimmed}` : int;
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
