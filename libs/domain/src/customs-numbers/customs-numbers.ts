import { DomainError } from '../shared/domain-error';
import { beijingDate } from './beijing-time';

/** Numbers customs assigns (domain.md §3). Both are immutable once given. */

const MAX_SEQUENCE = 999_999_999;

function sequence9(seq: number): string {
  if (!Number.isInteger(seq) || seq < 0 || seq > MAX_SEQUENCE) {
    throw new DomainError(
      'CUSTOMS_NUMBER.INVALID_SEQUENCE',
      `sequence ${seq} must be an integer from 0 to ${MAX_SEQUENCE} (9 digits)`,
      'seq',
    );
  }
  return String(seq).padStart(9, '0');
}

/** preNo (预录入编号): 'B' + yyyyMMdd (Beijing date) + 9-digit sequence, 18 characters. */
export function formatPreNo(date: Date, seq: number): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new DomainError('CUSTOMS_NUMBER.INVALID_DATE', 'preNo needs a valid date', 'date');
  }
  return `B${beijingDate(date)}${sequence9(seq)}`;
}

/** invtNo (清单编号): 4-digit customs district + 4-digit year + I/E + 9-digit sequence = 18. */
export function formatInvtNo(customsCode: string, year: number, ieFlag: 'I' | 'E', seq: number): string {
  if (typeof customsCode !== 'string' || !/^\d{4}$/.test(customsCode)) {
    throw new DomainError('CUSTOMS_NUMBER.INVALID_CUSTOMS_CODE', `customsCode ${JSON.stringify(customsCode)} must be 4 digits, e.g. "8800"`, 'customsCode');
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DomainError('CUSTOMS_NUMBER.INVALID_YEAR', `year ${year} must be a 4-digit year`, 'year');
  }
  if (ieFlag !== 'I' && ieFlag !== 'E') {
    throw new DomainError('CUSTOMS_NUMBER.INVALID_IE_FLAG', `ieFlag ${JSON.stringify(ieFlag)} must be I or E`, 'ieFlag');
  }
  return `${customsCode}${year}${ieFlag}${sequence9(seq)}`;
}

/** The Lhasa customs district (关区代码, domain.md §3): where the zone's documents are declared. */
export const LHASA_CUSTOMS_DISTRICT = '8800';

/**
 * The one form of a number customs names a document by (orderNo, copNo, logisticsNo,
 * payTransactionId): Unicode-compatible characters folded (full-width digits and letters, the
 * ideographic space) and surrounding white space removed, so "ORD1", "ORD1 " and "ORD１" are one
 * document, one business key. What remains must be BUSINESS_NO_PATTERN.
 */
export function normaliseBusinessNo(value: string): string {
  return value.normalize('NFKC').trim();
}

/** A business number after normalisation: visible ASCII only (no spaces, no invisible characters). */
export const BUSINESS_NO_PATTERN = /^[\x21-\x7E]+$/;
