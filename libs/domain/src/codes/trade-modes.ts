/** Import (I) or export (E), the CEB ieFlag. */
export type IeFlag = 'I' | 'E';

/** A customs supervision mode (监管方式, domain.md §2) and the directions the code allows. */
export interface TradeModeEntry {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly directions: readonly IeFlag[];
}

/**
 * The supervision modes of cross-border e-commerce: the one code table. What a mode does (its
 * documents, whether it draws on bonded stock, its rules) belongs to its mode module in
 * declarations; this table only says what each code is and which directions it allows.
 */
export const TRADE_MODE_TABLE: readonly TradeModeEntry[] = [
  { code: '9610', nameZh: '跨境贸易电子商务', nameEn: 'cross-border e-commerce (B2C)', directions: ['I', 'E'] },
  { code: '1210', nameZh: '保税跨境贸易电子商务', nameEn: 'bonded cross-border e-commerce', directions: ['I', 'E'] },
  { code: '1239', nameZh: '保税跨境贸易电子商务A', nameEn: 'bonded cross-border e-commerce A (outside the original pilot)', directions: ['I'] },
  { code: '9710', nameZh: '跨境电商B2B直接出口', nameEn: 'cross-border e-commerce B2B direct export', directions: ['E'] },
  { code: '9810', nameZh: '跨境电商出口海外仓', nameEn: 'cross-border e-commerce export to overseas warehouses', directions: ['E'] },
];

export const TRADE_MODE_CODES: readonly string[] = TRADE_MODE_TABLE.map((m) => m.code);

/**
 * The supervision mode under which bonded e-commerce goods enter and leave the zone's e-ledger
 * (一线 entry, 二线 exit verification lists).
 */
export const BONDED_ECOMMERCE_MODE = '1210';

export function tradeModeEntry(code: string): TradeModeEntry | undefined {
  return TRADE_MODE_TABLE.find((m) => m.code === code);
}
