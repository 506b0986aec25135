import type { FieldError } from '@lhasa/domain';
import { ApiError, ApiErrorStatus } from '@lhasa/http';

/** "lines[2].itemRecordNo" -> "lines.2.itemRecordNo": one path style, the one validation uses. */
export function dottedField(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** One ApiError carrying the first rule's code and field, with every broken rule listed. */
export function fieldErrorsToApiError(status: ApiErrorStatus, errors: readonly FieldError[]): ApiError {
  const normalised = errors.map((e) => ({ ...e, field: dottedField(e.field) }));
  const [first] = normalised;
  const message = normalised.length === 1 ? first.message : `${first.message} (and ${normalised.length - 1} more)`;
  return new ApiError(status, first.code, message, { field: first.field, errors: normalised });
}

/** Throws when any rule is broken; no-op for []. */
export function throwFieldErrors(status: ApiErrorStatus, errors: readonly FieldError[]): void {
  if (errors.length) throw fieldErrorsToApiError(status, errors);
}
