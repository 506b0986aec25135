/** One problem with one field, returned as a value so the edge can map it to a 4xx. */
export interface FieldError {
  code: string;
  field: string;
  message: string;
}
