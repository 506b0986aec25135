/** A lot's age against its ledger's storage limit (domain.md §8); null when the ledger has none. */
export type Ageing = 'OK' | 'NEAR' | 'OVER';

export const DAY_MS = 86_400_000;

/** OVER at or past the limit; NEAR from nearPercent % of it; exact integer comparison in ms. */
export function ageingOf(gateInAt: Date, now: Date, limitDays: number | null, nearPercent: number): Ageing | null {
  if (limitDays === null) return null;
  const age = BigInt(now.getTime() - gateInAt.getTime());
  const limit = BigInt(limitDays) * BigInt(DAY_MS);
  if (age >= limit) return 'OVER';
  if (age * 100n >= limit * BigInt(nearPercent)) return 'NEAR';
  return 'OK';
}
