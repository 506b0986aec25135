import type { FieldError } from '@lhasa/domain';

/** Statuses an expected, user-caused failure may carry; anything else is a bug (500). */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422;

export interface ApiErrorOptions {
  /** The request field at fault, dotted ("lines.0.qty"). */
  field?: string;
  /** Every field at fault, for validation failures. */
  errors?: FieldError[];
  /** Extra machine-readable facts a client may act on (e.g. the current state). */
  details?: Record<string, unknown>;
}

/**
 * A failure the caller can cause and fix. `code` is stable (clients branch on it); `message` is
 * for people and may change. Domain code throws or returns these; the HTTP edge renders them.
 */
export class ApiError extends Error {
  readonly field?: string;
  readonly errors?: FieldError[];
  readonly details?: Record<string, unknown>;

  constructor(
    readonly status: ApiErrorStatus,
    readonly code: string,
    message: string,
    options: ApiErrorOptions = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.field = options.field ?? options.errors?.[0]?.field;
    this.errors = options.errors;
    this.details = options.details;
  }
}

/** The request body failed validation; `errors` names every field, `field` the first. */
export const validationFailed = (errors: FieldError[]) =>
  new ApiError(400, 'VALIDATION.FAILED', errors.length === 1 ? `${errors[0].message}` : `${errors.length} fields are invalid`, {
    errors,
  });
