/**
 * Customs numbers and CEB timestamps use Beijing time (UTC+8, no daylight saving), while the
 * system keeps instants in UTC. Shifting by 8 hours and reading the UTC fields gives the
 * Beijing calendar fields without depending on the host's time zone.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export function beijingFields(instant: Date): { y: string; M: string; d: string; h: string; m: string; s: string } {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new TypeError('expected a valid Date');
  }
  const shifted = new Date(instant.getTime() + BEIJING_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    y: String(shifted.getUTCFullYear()).padStart(4, '0'),
    M: two(shifted.getUTCMonth() + 1),
    d: two(shifted.getUTCDate()),
    h: two(shifted.getUTCHours()),
    m: two(shifted.getUTCMinutes()),
    s: two(shifted.getUTCSeconds()),
  };
}

/** yyyyMMdd in Beijing time. */
export function beijingDate(instant: Date): string {
  const f = beijingFields(instant);
  return `${f.y}${f.M}${f.d}`;
}

/** yyyyMMddHHmmss in Beijing time: the CEB appTime / payTime format. */
export function beijingTimestamp(instant: Date): string {
  const f = beijingFields(instant);
  return `${f.y}${f.M}${f.d}${f.h}${f.m}${f.s}`;
}
