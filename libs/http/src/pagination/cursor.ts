import { registerDecorator, ValidationOptions } from 'class-validator';
import { isUuid } from '@lhasa/domain';

/** Where a page ends: the filing time (to the microsecond, as PostgreSQL keeps it) and id of its last row. */
export interface CursorPosition {
  /** UTC, ISO 8601 with six decimals: `2026-12-01T08:00:00.123456Z`. */
  at: string;
  id: string;
}

/** The stable code of a cursor this API did not hand out (in `errors[]` of `400 VALIDATION.FAILED`). */
export const INVALID_CURSOR = 'PAGINATION.INVALID_CURSOR';

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const BASE64URL = /^[A-Za-z0-9_-]{1,200}$/;

/** The opaque text a client sends back as `cursor` for the next page. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(`${position.at}~${position.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined for any text encodeCursor did not make. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  if (typeof cursor !== 'string' || !BASE64URL.test(cursor)) return undefined;
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('~');
  if (rest.length || !at || !id || !AT.test(at) || Number.isNaN(Date.parse(at)) || !isUuid(id)) return undefined;
  return { at, id: id.toLowerCase() };
}

/** A `cursor` query field: only what a previous page's nextCursor was. */
export function IsCursor(options?: ValidationOptions): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'isCursor',
      target: target.constructor,
      propertyName: key as string,
      options: { message: '$property is not a cursor this API returned: send back nextCursor unchanged, or leave it out for the first page', context: { code: INVALID_CURSOR }, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && decodeCursor(value) !== undefined },
    });
}
