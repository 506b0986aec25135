import type { FieldError } from '@lhasa/domain';
import { ApiError, ApiErrorStatus } from '@lhasa/http';

/** One ApiError carrying the first rule's code and field, with every broken rule listed. */
export function fieldErrorsToApiError(status: ApiErrorStatus, errors: readonly FieldError[]): ApiError {
  const [first] = errors;
  const message = errors.length === 1 ? first.message : `${first.message} (and ${errors.length - 1} more)`;
  return new ApiError(status, first.code, message, { field: first.field, errors: [...errors] });
}

/** Throws when any rule is broken; no-op for []. */
export function throwFieldErrors(status: ApiErrorStatus, errors: readonly FieldError[]): void {
  if (errors.length) throw fieldErrorsToApiError(status, errors);
}
