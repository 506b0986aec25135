import { Countries, HsCodes, tradeModeEntry } from '@lhasa/domain';
import type { BreakdownBy } from './breakdown-dimensions';

const DIRECTION_NAMES: Record<string, string> = { I: '进口', E: '出口' };

/** A row's human label, from the one code table for countries and HS chapters. */
export function breakdownLabel(by: BreakdownBy, key: string): string {
  switch (by) {
    case 'country':
      return Countries.byCeb(key)?.nameZh ?? `未知国别 ${key}`;
    case 'hsChapter':
      return HsCodes.isKnownChapter(key) ? `第${key}章 ${HsCodes.chapterName(key)}` : `未知章 ${key}`;
    case 'mode':
      return tradeModeEntry(key) ? `${key} ${tradeModeEntry(key)!.nameZh}` : key;
    case 'direction':
      return DIRECTION_NAMES[key] ?? key;
    case 'month':
    case 'enterprise':
      return key;
  }
}
