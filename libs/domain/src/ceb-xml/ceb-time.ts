import { beijingTimestamp } from '../customs-numbers/beijing-time';
import { DomainError } from '../shared/domain-error';

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

function invalidTime(value: unknown, field: string, expected: string): DomainError {
  return new DomainError('CEB_XML.INVALID_TIME', `${field} ${JSON.stringify(value)} is ${expected}`, field);
}

function isoInstant(value: string, field: string, expected: string): Date {
  const instant = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(instant)) throw invalidTime(value, field, expected);
  return new Date(instant);
}

/**
 * CEB times are yyyyMMddHHmmss in Beijing time. The system keeps ISO 8601 instants, so they
 * are converted here; a value already in CEB form passes through.
 */
export function toCebTime(value: string | Date, field: string): string {
  if (value instanceof Date) return beijingTimestamp(value);
  if (/^\d{14}$/.test(value)) return value;
  return beijingTimestamp(isoInstant(value, field, 'neither ISO 8601 nor yyyyMMddHHmmss'));
}

/** yyyyMMddHHmmssSSS in Beijing time: the receipts' returnTime. A value already in that form passes through. */
export function toCebMillisTime(value: string | Date, field: string): string {
  if (typeof value === 'string' && /^\d{17}$/.test(value)) return value;
  const instant = value instanceof Date ? value : isoInstant(value, field, 'neither ISO 8601 nor yyyyMMddHHmmssSSS');
  if (Number.isNaN(instant.getTime())) throw invalidTime(value, field, 'not a valid time');
  return `${beijingTimestamp(instant)}${String(instant.getUTCMilliseconds()).padStart(3, '0')}`;
}

/**
 * A CEB time (yyyyMMddHHmmss, or yyyyMMddHHmmssSSS as receipts carry it, in Beijing time) as
 * the ISO 8601 instant in UTC the system keeps. A date that does not exist is refused.
 */
export function fromCebTime(text: string, field: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?$/.exec(text);
  if (!match) throw invalidTime(text, field, 'not a CEB time (yyyyMMddHHmmss or yyyyMMddHHmmssSSS)');
  const [, y, M, d, h, m, s, ms = '000'] = match;
  const utc = Date.UTC(Number(y), Number(M) - 1, Number(d), Number(h), Number(m), Number(s), Number(ms));
  const instant = new Date(utc - BEIJING_OFFSET_MS);
  // Date.UTC rolls 31 February over into March: a time that does not read back did not exist.
  if (Number(y) < 1000 || beijingTimestamp(instant) !== `${y}${M}${d}${h}${m}${s}`) throw invalidTime(text, field, 'not a time that exists');
  return instant.toISOString();
}
