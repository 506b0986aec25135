import { Countries, HsCodes, tradeModeEntry } from '@lhasa/domain';
import { type BreakdownBy, FLOW_NAMES } from './breakdown-dimensions';
import type { Basis } from './trade-fact';

/** What each basis measures, as the bureau names the KPI (domain.md §9). */
export const BASIS_LABELS: Record<Basis, string> = {
  BORDER: '进出口总额（跨境）',
  RETAIL: '跨境电商零售额（清单）',
};

const DIRECTION_NAMES: Record<string, string> = { I: '进口', E: '出口' };

/**
 * A row's human label, from the one code table for countries and HS chapters; an enterprise by the
 * latest name it was released under (`names`), or its code when none is known.
 */
export function breakdownLabel(by: BreakdownBy, key: string, names?: ReadonlyMap<string, string>): string {
  switch (by) {
    case 'country':
      return Countries.byCeb(key)?.nameZh ?? `未知国别 ${key}`;
    case 'hsChapter':
      return HsCodes.isKnownChapter(key) ? `第${key}章 ${HsCodes.chapterName(key)}` : `未知章 ${key}`;
    case 'mode':
      return tradeModeEntry(key) ? `${key} ${tradeModeEntry(key)!.nameZh}` : key;
    case 'direction':
      return DIRECTION_NAMES[key] ?? key;
    case 'flow':
      return FLOW_NAMES[key as keyof typeof FLOW_NAMES] ?? key;
    case 'enterprise':
      return names?.get(key) ?? key;
    case 'month':
      return key;
  }
}
