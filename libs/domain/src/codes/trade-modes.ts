/** Import (I) or export (E), the CEB ieFlag. */
export type IeFlag = 'I' | 'E';

/** A customs supervision mode (监管方式, domain.md §2) and the directions the code allows. */
export interface TradeModeEntry {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly directions: readonly IeFlag[];
  /**
   * The directions in which the mode's goods are bonded stock of the zone warehouse's e-ledger
   * (they enter it at 一线 and leave it one list at a time through an exit verification list):
   * [] for a mode whose goods never sit in the zone.
   */
  readonly bondedDirections: readonly IeFlag[];
}

/**
 * The supervision modes of cross-border e-commerce: the one code table. What a mode does (its
 * documents, its rules) belongs to its mode module in declarations; this table says what each
 * code is, which directions it allows and in which its goods are bonded stock, facts customs
 * (the simulator) needs as much as declarations.
 */
export const TRADE_MODE_TABLE: readonly TradeModeEntry[] = [
  { code: '9610', nameZh: '跨境贸易电子商务', nameEn: 'cross-border e-commerce (B2C)', directions: ['I', 'E'], bondedDirections: [] },
  { code: '1210', nameZh: '保税跨境贸易电子商务', nameEn: 'bonded cross-border e-commerce', directions: ['I', 'E'], bondedDirections: ['I', 'E'] },
  { code: '1239', nameZh: '保税跨境贸易电子商务A', nameEn: 'bonded cross-border e-commerce A (outside the original pilot)', directions: ['I'], bondedDirections: ['I'] },
  { code: '9710', nameZh: '跨境电商B2B直接出口', nameEn: 'cross-border e-commerce B2B direct export', directions: ['E'], bondedDirections: [] },
  { code: '9810', nameZh: '跨境电商出口海外仓', nameEn: 'cross-border e-commerce export to overseas warehouses', directions: ['E'], bondedDirections: [] },
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

/**
 * Whether a list of this mode and direction draws on the zone warehouse's bonded stock: 1210/1239
 * import and 1210 special-area export. Such a list leaves the zone only when the warehouse binds it
 * to an exit verification list, so customs lets it be cancelled after release until then.
 */
export function drawsOnBondedStock(tradeMode: string, ieFlag: IeFlag): boolean {
  return tradeModeEntry(tradeMode)?.bondedDirections.includes(ieFlag) ?? false;
}
