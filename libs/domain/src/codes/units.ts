import { DomainError } from '../shared/domain-error';

/** A customs unit of measure (计量单位). These have no ISO letter form in the CEB standard. */
export interface UnitEntry {
  readonly code: string;
  readonly nameZh: string;
}

/**
 * The units the zone's goods use, checked against the customs unit table. Note 015 is 条,
 * not a weight; kilogram is 035.
 */
const UNIT_LIST: readonly UnitEntry[] = [
  { code: '001', nameZh: '台' },
  { code: '006', nameZh: '套' },
  { code: '007', nameZh: '个' },
  { code: '008', nameZh: '只' },
  { code: '011', nameZh: '件' },
  { code: '012', nameZh: '支' },
  { code: '015', nameZh: '条' },
  { code: '025', nameZh: '双' },
  { code: '035', nameZh: '千克' },
  { code: '036', nameZh: '克' },
  { code: '070', nameZh: '吨' },
  { code: '095', nameZh: '升' },
  { code: '096', nameZh: '毫升' },
  { code: '120', nameZh: '箱' },
  { code: '125', nameZh: '包' },
  { code: '136', nameZh: '袋' },
  { code: '140', nameZh: '盒' },
  { code: '142', nameZh: '瓶' },
];

const byCode = new Map(UNIT_LIST.map((unit) => [unit.code, unit]));

export const Units = {
  all: Object.freeze([...UNIT_LIST]),
  byCode: (code: string): UnitEntry | undefined => byCode.get(code),
  isKnown: (code: unknown): boolean => typeof code === 'string' && byCode.has(code),
  nameOf(code: string): string {
    const unit = byCode.get(code);
    if (!unit) throw new DomainError('CODES.UNKNOWN_UNIT', `${JSON.stringify(code)} is not a known unit code`);
    return unit.nameZh;
  },
};

export const isKnownUnit = (code: unknown): boolean => Units.isKnown(code);
