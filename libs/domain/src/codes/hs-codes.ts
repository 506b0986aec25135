import { DomainError } from '../shared/domain-error';
import { HS_CHAPTERS, HsChapter, RESERVED_HS_CHAPTER } from './hs-chapters';

const byChapter = new Map(HS_CHAPTERS.map((c) => [c.chapter, c]));

/** A Chinese 10-digit commodity code whose chapter exists and is not the reserved 77. */
export function isHsCode(gcode: unknown): gcode is string {
  if (typeof gcode !== 'string' || !/^\d{10}$/.test(gcode)) return false;
  const chapter = byChapter.get(gcode.slice(0, 2));
  return chapter !== undefined && !chapter.reserved;
}

/** '0902109000' -> '09'. Throws CODES.INVALID_HS_CODE for anything that is not a valid code. */
export function hsChapter(gcode: string): string {
  if (!isHsCode(gcode)) {
    throw new DomainError(
      'CODES.INVALID_HS_CODE',
      `${JSON.stringify(gcode)} is not a 10-digit HS code in chapters 01-97 (77 is reserved)`,
    );
  }
  return gcode.slice(0, 2);
}

function chapterEntry(chapter: string): HsChapter {
  const entry = byChapter.get(chapter);
  if (!entry) throw new DomainError('CODES.UNKNOWN_HS_CHAPTER', `${JSON.stringify(chapter)} is not an HS chapter 01-97`);
  return entry;
}

export const HsCodes = {
  chapters: HS_CHAPTERS,
  isValid: isHsCode,
  chapterOf: hsChapter,
  /** Title of a chapter ('09' -> 咖啡、茶、马黛茶及调味香料); 'en' for the English title. */
  chapterName: (chapter: string, language: 'zh' | 'en' = 'zh'): string => {
    const entry = chapterEntry(chapter);
    return language === 'zh' ? entry.nameZh : entry.nameEn;
  },
  isKnownChapter: (chapter: unknown): boolean =>
    typeof chapter === 'string' && byChapter.has(chapter) && chapter !== RESERVED_HS_CHAPTER,
};

