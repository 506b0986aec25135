/** Named figures of a read model (totals, counts, a fingerprint), compared before and after a rebuild. */
export type Figures = Record<string, string>;

/** A figure that is not the same in both models; `undefined` where one model has no such figure. */
export interface FigureDifference {
  figure: string;
  before?: string;
  after?: string;
}

/** Every figure that differs between `before` and `after`, by name. */
export function compareFigures(before: Figures, after: Figures): FigureDifference[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter((name) => before[name] !== after[name]).map((figure) => ({ figure, before: before[figure], after: after[figure] }));
}

/** The differences as lines for a terminal: `figure: before → after` (`-` for a figure one side lacks). */
export function describeDifferences(differences: FigureDifference[]): string[] {
  return differences.map((d) => `${d.figure}: ${d.before ?? '-'} → ${d.after ?? '-'}`);
}
