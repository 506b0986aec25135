/** Days after its release within which a consumer may return a list's goods (domain.md §3b, §6). */
export const RETURN_WINDOW_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last instant a return of goods released at `releasedAt` is accepted: release + `days` days. */
export function returnWindowCloses(releasedAt: Date, days: number = RETURN_WINDOW_DAYS): Date {
  return new Date(releasedAt.getTime() + days * DAY_MS);
}

/** Whether a return received at `receivedAt` is within `days` days of the release. */
export function isWithinReturnWindow(releasedAt: Date, receivedAt: Date, days: number = RETURN_WINDOW_DAYS): boolean {
  return receivedAt.getTime() <= returnWindowCloses(releasedAt, days).getTime();
}
