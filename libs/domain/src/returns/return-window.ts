/**
 * A consumer may return a released import list within this many days of its release
 * (domain.md §3b, §6). The default of both sides: declarations refuses a late return before it
 * files it, and customs (the simulator) refuses one that reaches it anyway.
 */
export const RETURN_WINDOW_DAYS_DEFAULT = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last instant a return of a list released at `releasedAt` may be filed: release + days × 24 h. */
export function returnWindowClosesAt(releasedAt: Date, windowDays: number = RETURN_WINDOW_DAYS_DEFAULT): Date {
  return new Date(releasedAt.getTime() + windowDays * DAY_MS);
}

/** Whether a return filed at `at` is within the window (the closing instant itself included). */
export function isWithinReturnWindow(releasedAt: Date, at: Date, windowDays: number = RETURN_WINDOW_DAYS_DEFAULT): boolean {
  return at.getTime() >= releasedAt.getTime() && at.getTime() <= returnWindowClosesAt(releasedAt, windowDays).getTime();
}
