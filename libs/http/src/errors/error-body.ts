import type { FieldError } from '@lhasa/domain';

/** The one error shape every service answers with. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  field?: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
}
