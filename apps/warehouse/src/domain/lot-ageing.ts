/** A lot's age against its ledger's storage limit (domain.md §8); null when the ledger has none. */
export type Ageing = 'OK' | 'NEAR' | 'OVER';

export const DAY_MS = 86_400_000;

/** A storage limit is 1 to 3650 days (ten years), on a ledger or zone-wide. */
export const STORAGE_LIMIT_DAYS = { min: 1, max: 3650 } as const;

export type StorageLimitSource = 'LEDGER' | 'ZONE';

/**
 * The limit a ledger's lots age against (domain.md §8, "nullable per zone"): the ledger's own when
 * it has one, else the zone-wide default (WAREHOUSE_STORAGE_LIMIT_DAYS), else none.
 */
export function storageLimitOf(ledgerDays: number | null, zoneDays: number | null): { days: number | null; source: StorageLimitSource | null } {
  if (ledgerDays !== null) return { days: ledgerDays, source: 'LEDGER' };
  if (zoneDays !== null) return { days: zoneDays, source: 'ZONE' };
  return { days: null, source: null };
}

/** OVER at or past the limit; NEAR from nearPercent % of it; exact integer comparison in ms. */
export function ageingOf(gateInAt: Date, now: Date, limitDays: number | null, nearPercent: number): Ageing | null {
  if (limitDays === null) return null;
  const age = BigInt(now.getTime() - gateInAt.getTime());
  const limit = BigInt(limitDays) * BigInt(DAY_MS);
  if (age >= limit) return 'OVER';
  if (age * 100n >= limit * BigInt(nearPercent)) return 'NEAR';
  return 'OK';
}
