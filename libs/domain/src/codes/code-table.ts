import { DomainError } from '../shared/domain-error';

/** An entry known by both its CEB numeric customs code and its ISO letter code. */
export interface DualCodeEntry {
  /** 3-digit numeric code used by the CEB messages, e.g. "142". */
  readonly ceb: string;
  /** ISO letter code used by the modern customs declaration, e.g. "CNY" or "NPL". */
  readonly iso: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface DualCodeTable<E extends DualCodeEntry> {
  readonly all: readonly E[];
  byCeb(code: string): E | undefined;
  byIso(code: string): E | undefined;
  isKnownCeb(code: unknown): boolean;
  isKnownIso(code: unknown): boolean;
  /** CEB -> ISO; throws CODES.UNKNOWN_<KIND> so a wrong code never passes silently. */
  cebToIso(code: string): string;
  isoToCeb(code: string): string;
}

/**
 * Builds the lookups of one table from one list, so CEB and ISO codes can never drift apart.
 * Duplicates fail at load time: a table with two meanings for one code is a bug.
 */
export function defineDualCodeTable<E extends DualCodeEntry>(kind: string, entries: readonly E[]): DualCodeTable<E> {
  const byCeb = new Map<string, E>();
  const byIso = new Map<string, E>();
  for (const entry of entries) {
    if (byCeb.has(entry.ceb) || byIso.has(entry.iso)) {
      throw new Error(`duplicate ${kind} code ${entry.ceb}/${entry.iso}`);
    }
    byCeb.set(entry.ceb, entry);
    byIso.set(entry.iso, entry);
  }
  const unknown = (code: string) =>
    new DomainError(`CODES.UNKNOWN_${kind.toUpperCase()}`, `${JSON.stringify(code)} is not a known ${kind} code`);
  return {
    all: Object.freeze([...entries]),
    byCeb: (code) => byCeb.get(code),
    byIso: (code) => byIso.get(code),
    isKnownCeb: (code) => typeof code === 'string' && byCeb.has(code),
    isKnownIso: (code) => typeof code === 'string' && byIso.has(code),
    cebToIso(code) {
      const entry = byCeb.get(code);
      if (!entry) throw unknown(code);
      return entry.iso;
    },
    isoToCeb(code) {
      const entry = byIso.get(code);
      if (!entry) throw unknown(code);
      return entry.ceb;
    },
  };
}
