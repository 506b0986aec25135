import { DomainError, DomainErrorKind } from '@lhasa/domain';
import { ApiError, ApiErrorStatus } from './api-error';

/** The one table from a domain error's kind to its HTTP status. */
export const STATUS_BY_KIND: Readonly<Record<DomainErrorKind, ApiErrorStatus>> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  rule: 422,
};

/** A domain error as the HTTP edge answers it; any other value is not one. */
export function fromDomainError(error: unknown): ApiError | undefined {
  if (!(error instanceof DomainError)) return undefined;
  return new ApiError(STATUS_BY_KIND[error.kind] ?? 422, error.code, error.message, {
    field: error.field,
    errors: error.errors ? [...error.errors] : undefined,
    details: error.details,
  });
}
