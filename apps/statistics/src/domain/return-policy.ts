/**
 * Which month an approved return (or a cancel after release) is netted in (domain.md §9):
 * RETURN_MONTH: the month customs approved it, so a closed month never changes afterwards;
 * RESTATED: the month of the list it nets, so each month shows its lists net of their returns
 * (a closed month changes when a later return of its lists is approved). Both dates are kept on
 * every return fact, so the setting can change at any time without losing anything.
 */
export const RETURN_POLICIES = ['RETURN_MONTH', 'RESTATED'] as const;
export type ReturnPolicy = (typeof RETURN_POLICIES)[number];
