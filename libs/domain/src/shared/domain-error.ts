import type { FieldError } from './field-error';

/**
 * What kind of failure a domain error is; the HTTP edge maps each kind to one status in one
 * table (libs/http), so a domain error can never surface as a 500.
 * - invalid: the input itself is malformed (400)
 * - forbidden: the caller may not act for this party (403)
 * - not-found: no such thing, or not the caller's (404)
 * - conflict: the thing exists or is in a state that excludes this (409)
 * - rule: a business rule refuses it (422)
 */
export type DomainErrorKind = 'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'rule';

export interface DomainErrorOptions {
  kind?: DomainErrorKind;
  /** Every field at fault when several are. */
  errors?: readonly FieldError[];
  /** Machine-readable facts a client may act on (e.g. the current state). */
  details?: Record<string, unknown>;
}

/**
 * A rule broken by input a caller can fix. The code is stable (callers and clients switch on
 * it); the message names the field and value so a user can act without reading code.
 */
export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly errors?: readonly FieldError[];
  readonly details?: Record<string, unknown>;

  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.kind = options.kind ?? 'rule';
    this.errors = options.errors;
    this.details = options.details;
  }
}

type Raise = (code: string, message: string, field?: string, details?: Record<string, unknown>) => DomainError;
const raise =
  (kind: DomainErrorKind): Raise =>
  (code, message, field, details) =>
    new DomainError(code, message, field, { kind, details });

/** Malformed input (400). */
export const invalidInput = raise('invalid');
/** The caller may not act for this party (403). */
export const notPermitted = raise('forbidden');
/** No such thing, or not the caller's: the two answer alike (404). */
export const notFound = raise('not-found');
/** It exists already, or its state excludes this (409). */
export const conflict = raise('conflict');
/** A business rule refuses it (422). */
export const ruleBroken = raise('rule');

/** One error for several broken rules: the first one's code and field, every one listed. */
export function fieldErrors(kind: DomainErrorKind, errors: readonly FieldError[]): DomainError {
  const [first] = errors;
  const message = errors.length === 1 ? first.message : `${first.message} (and ${errors.length - 1} more)`;
  return new DomainError(first.code, message, first.field, { kind, errors });
}

/** Throws when any rule is broken; no-op for []. */
export function throwFieldErrors(kind: DomainErrorKind, errors: readonly FieldError[]): void {
  if (errors.length) throw fieldErrors(kind, errors);
}
