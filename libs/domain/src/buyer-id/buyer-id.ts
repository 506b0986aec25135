/**
 * The buyer's (and payer's) ID number, normalised once (domain.md §6) so that matching, the
 * buyer lock, the annual count and the stored document all see one form of one person.
 */

/** buyerIdType / payerIdType of the resident identity card (身份证). */
export const RESIDENT_ID_TYPE = '1';

/** ISO 7064 MOD 11-2 weights of the first 17 digits, and the check character of each remainder. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/**
 * The one form of an ID number: Unicode-compatible characters folded to ASCII (full-width
 * digits and letters), surrounding whitespace removed, letters upper-case (the check letter X).
 */
export function normaliseIdNumber(value: string): string {
  return value.normalize('NFKC').trim().toUpperCase();
}

/** The check character (0-9 or X) of the first 17 digits of a resident ID number. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export type IdNumberProblem = 'FORMAT' | 'FIRST_GENERATION' | 'CHECK_DIGIT';

export type IdNumberCheck = { ok: true; value: string } | { ok: false; value: string; problem: IdNumberProblem; message: string };

/**
 * Normalises an ID number and, for a resident ID (type 1, also when no type is given: the CEB
 * documents fix it to 1), validates it: 18 characters, 17 digits and a check character 0-9 or X
 * that is the ISO 7064 MOD 11-2 check of the digits. A 15-digit first-generation number is not
 * accepted (it has no check digit and cannot be told apart from a typo); other types are only
 * normalised. `field` names the field in the message.
 */
export function checkIdNumber(raw: string, idType: string | undefined, field = 'buyerIdNumber'): IdNumberCheck {
  const value = normaliseIdNumber(raw);
  if (idType !== undefined && idType !== RESIDENT_ID_TYPE) return { ok: true, value };
  if (/^\d{15}$/.test(value)) {
    return {
      ok: false,
      value,
      problem: 'FIRST_GENERATION',
      message: `${field} is a 15-digit first-generation ID number, which is not accepted: give the 18-character resident ID number`,
    };
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return {
      ok: false,
      value,
      problem: 'FORMAT',
      message: `${field} must be an 18-character resident ID number: 17 digits and a check digit 0-9 or X`,
    };
  }
  const expected = residentIdCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    return {
      ok: false,
      value,
      problem: 'CHECK_DIGIT',
      message: `${field} has a wrong check digit: ${value.slice(0, 17)} must end in ${expected} (ISO 7064 MOD 11-2)`,
    };
  }
  return { ok: true, value };
}
