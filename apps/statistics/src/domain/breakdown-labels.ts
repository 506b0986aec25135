import { Countries, HsCodes } from '@lhasa/domain';
import type { BreakdownBy } from './breakdown-dimensions';

/** The five supervision modes (domain.md §2). */
const MODE_NAMES: Record<string, string> = {
  '9610': '跨境贸易电子商务',
  '1210': '保税跨境贸易电子商务',
  '1239': '保税跨境贸易电子商务A',
  '9710': '跨境电商B2B直接出口',
  '9810': '跨境电商出口海外仓',
};

const DIRECTION_NAMES: Record<string, string> = { I: '进口', E: '出口' };

/** A row's human label, from the one code table for countries and HS chapters. */
export function breakdownLabel(by: BreakdownBy, key: string): string {
  switch (by) {
    case 'country':
      return Countries.byCeb(key)?.nameZh ?? `未知国别 ${key}`;
    case 'hsChapter':
      return HsCodes.isKnownChapter(key) ? `第${key}章 ${HsCodes.chapterName(key)}` : `未知章 ${key}`;
    case 'mode':
      return MODE_NAMES[key] ? `${key} ${MODE_NAMES[key]}` : key;
    case 'direction':
      return DIRECTION_NAMES[key] ?? key;
    case 'month':
    case 'enterprise':
      return key;
  }
}
