import { isWithinReturnWindow, parseQuantity } from '@lhasa/domain';

/** What customs knows of a list a cancel (CEB623/CEB605) or a return (CEB625) names. */
export interface CustomsListState {
  invtNo: string;
  ebcCode: string;
  /** When customs released it (its 800 was sent); null before. */
  releasedAt: Date | null;
  /** Export: when its goods left the country (an accepted CEB509). */
  departedAt: Date | null;
  /** Customs refused it (100): numbered, as every export list receipt names its list, but never cleared. */
  rejected: boolean;
  cancelled: boolean;
  returned: boolean;
  /** The sumNo of the accepted summary (CEB701) it is in, if any. */
  summarisedIn: string | null;
  lines: ReadonlyArray<{ gnum: number; gcode: string; qty: string }>;
}

export type RequestDecision = { kind: 'approve' } | { kind: 'refuse'; returnInfo: string };

const refuse = (returnInfo: string): RequestDecision => ({ kind: 'refuse', returnInfo });

/** The checks every request about a list starts with: it exists, it is the filer's, it was not rejected or cancelled. */
function listOf(list: CustomsListState | undefined, request: { invtNo: string; ebcCode: string }): RequestDecision | undefined {
  if (!list) return refuse(`list ${request.invtNo} not found`);
  if (list.ebcCode !== request.ebcCode) return refuse(`list ${request.invtNo} is not a list of ${request.ebcCode}`);
  if (list.rejected) return refuse(`list ${request.invtNo} was rejected`);
  if (list.cancelled) return refuse(`list ${request.invtNo} already cancelled`);
  return undefined;
}

/** CEB623: an import list may be cancelled until it is released; after that only a return undoes it. */
export function decideImportCancel(list: CustomsListState | undefined, request: { invtNo: string; ebcCode: string }): RequestDecision {
  const refused = listOf(list, request);
  if (refused) return refused;
  if (list!.releasedAt) return refuse(`list ${request.invtNo} released; file a return`);
  return { kind: 'approve' };
}

/** CEB605: an export list may be cancelled until its goods have departed, and while no summary holds it. */
export function decideExportCancel(list: CustomsListState | undefined, request: { invtNo: string; ebcCode: string }): RequestDecision {
  const refused = listOf(list, request);
  if (refused) return refused;
  if (list!.departedAt) return refuse(`list ${request.invtNo} departed; it can no longer be cancelled`);
  if (list!.summarisedIn) return refuse(`list ${request.invtNo} is in summary ${list!.summarisedIn}`);
  return { kind: 'approve' };
}

/**
 * CEB625: a consumer return of a released import list, received within `windowDays` of its
 * release, whose lines are lines of the list (gnum, same gcode) with no more than was declared.
 * Every line problem is named.
 */
export function decideImportReturn(
  list: CustomsListState | undefined,
  request: { invtNo: string; ebcCode: string; lines: ReadonlyArray<{ gnum: number; gcode: string; qty: string }> },
  receivedAt: Date,
  windowDays: number,
): RequestDecision {
  const refused = listOf(list, request);
  if (refused) return refused;
  const { releasedAt } = list!;
  if (!releasedAt) return refuse(`list ${request.invtNo} not released; file a cancel`);
  if (list!.returned) return refuse(`list ${request.invtNo} already returned`);
  if (!isWithinReturnWindow(releasedAt, receivedAt, windowDays)) {
    return refuse(
      `list ${request.invtNo} returned after ${windowDays} days of its release (released ${releasedAt.toISOString()}, return received ${receivedAt.toISOString()})`,
    );
  }
  const problems: string[] = [];
  const seen = new Set<number>();
  request.lines.forEach((line, i) => {
    if (seen.has(line.gnum)) problems.push(`lines.${i}: gnum ${line.gnum} returned twice`);
    seen.add(line.gnum);
    const declared = list!.lines.find((l) => l.gnum === line.gnum);
    if (!declared) return void problems.push(`lines.${i}: gnum ${line.gnum} is not a line of list ${request.invtNo}`);
    if (declared.gcode !== line.gcode) problems.push(`lines.${i}.gcode ${line.gcode} differs from the list's ${declared.gcode}`);
    if (parseQuantity(line.qty) > parseQuantity(declared.qty)) problems.push(`lines.${i}.qty ${line.qty} exceeds the ${declared.qty} declared`);
  });
  return problems.length ? refuse(problems.join('; ')) : { kind: 'approve' };
}
