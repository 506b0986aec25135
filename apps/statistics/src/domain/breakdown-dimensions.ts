/** What a breakdown may group by (domain.md §9). */
export const BREAKDOWNS = ['month', 'mode', 'direction', 'country', 'hsChapter', 'enterprise'] as const;
export type BreakdownBy = (typeof BREAKDOWNS)[number];
