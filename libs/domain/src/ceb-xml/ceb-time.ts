import { beijingTimestamp } from '../customs-numbers/beijing-time';
import { DomainError } from '../shared/domain-error';

/**
 * CEB times are yyyyMMddHHmmss in Beijing time. The system keeps ISO 8601 instants, so they
 * are converted here; a value already in CEB form passes through.
 */
export function toCebTime(value: string | Date, field: string): string {
  if (value instanceof Date) return beijingTimestamp(value);
  if (/^\d{14}$/.test(value)) return value;
  const instant = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(instant)) {
    throw new DomainError('CEB_XML.INVALID_TIME', `${field} ${JSON.stringify(value)} is neither ISO 8601 nor yyyyMMddHHmmss`, field);
  }
  return beijingTimestamp(new Date(instant));
}
