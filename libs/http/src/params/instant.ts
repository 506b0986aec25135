import { registerDecorator, ValidationOptions } from 'class-validator';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A point in time from a query string: an ISO 8601 date-time with its offset
 * (`2026-12-01T00:00:00+08:00`, `…Z`) or a date alone, read as 00:00 UTC. Undefined for anything
 * else, a date that does not exist (`2026-02-30`) included: a time without an offset would be read
 * in whatever zone the server runs in.
 */
export function parseInstant(text: string): Date | undefined {
  const m = typeof text === 'string' ? INSTANT.exec(text) : null;
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > days || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const instant = new Date(m[4] === undefined ? `${text}T00:00:00Z` : text);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** A query field parseInstant accepts. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: key as string,
      options: { message: '$property must be an ISO 8601 date-time with its offset (2026-12-01T00:00:00+08:00) or a date (00:00 UTC)', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && parseInstant(value) !== undefined },
    });
}
