import { SUMMARY_DECLARATION_MODES } from '@lhasa/domain';

/** What customs knows of a list a summary application (CEB701) names. */
export interface SummaryCandidate {
  invtNo: string;
  ebcCode: string;
  tradeMode: string;
  releasedAt: Date | null;
  cancelled: boolean;
  /** The sumNo of another accepted summary holding it, if any. */
  summarisedIn: string | null;
}

export type SummaryDecision = { kind: 'accept'; invtNos: string[] } | { kind: 'reject'; returnInfo: string };

/**
 * A summary application of released 9610 export lists (汇总申请, domain.md §3b): every invtNo
 * named once, a list customs released for this e-commerce company under a summarised mode, within
 * startTime..endTime by its release time, and in no other accepted summary. Every list at fault
 * is named, grouped by what is wrong.
 */
export function decideSummary(
  application: { ebcCode: string; startTime: string; endTime: string; lists: ReadonlyArray<{ invtNo: string }> },
  found: ReadonlyMap<string, SummaryCandidate>,
): SummaryDecision {
  const start = new Date(application.startTime);
  const end = new Date(application.endTime);
  if (start.getTime() > end.getTime()) return { kind: 'reject', returnInfo: `startTime ${application.startTime} is after endTime ${application.endTime}` };
  const problems = new Map<string, string[]>();
  const fault = (what: string, invtNo: string) => problems.set(what, [...(problems.get(what) ?? []), invtNo]);
  const seen = new Set<string>();
  for (const { invtNo } of application.lists) {
    if (seen.has(invtNo)) {
      fault('lists named twice', invtNo);
      continue;
    }
    seen.add(invtNo);
    const list = found.get(invtNo);
    if (!list) fault('lists not found', invtNo);
    else if (list.ebcCode !== application.ebcCode) fault(`lists not of ${application.ebcCode}`, invtNo);
    else if (!SUMMARY_DECLARATION_MODES.includes(list.tradeMode)) fault(`lists not of a summarised mode (${SUMMARY_DECLARATION_MODES.join(', ')})`, invtNo);
    else if (list.cancelled) fault('lists cancelled', invtNo);
    else if (!list.releasedAt) fault('lists not released', invtNo);
    else if (list.releasedAt < start || list.releasedAt > end) fault(`lists released outside ${application.startTime}..${application.endTime}`, invtNo);
    else if (list.summarisedIn) fault('lists in another summary', `${invtNo} (${list.summarisedIn})`);
  }
  if (problems.size) return { kind: 'reject', returnInfo: [...problems].map(([what, lists]) => `${what}: ${lists.join(', ')}`).join('; ') };
  return { kind: 'accept', invtNos: [...seen] };
}
