/** The customs supervision modes of domain.md §2 and the directions each allows. */
export const TradeModes = ['9610', '1210', '1239', '9710', '9810'] as const;
export type TradeMode = (typeof TradeModes)[number];
export type IeFlag = 'I' | 'E';

export const TRADE_MODE_DIRECTIONS: Readonly<Record<TradeMode, readonly IeFlag[]>> = {
  '9610': ['I', 'E'],
  '1210': ['I', 'E'],
  '1239': ['I'],
  '9710': ['E'],
  '9810': ['E'],
};

export const isTradeMode = (value: unknown): value is TradeMode =>
  typeof value === 'string' && (TradeModes as readonly string[]).includes(value);

/** Modes whose import goes through the zone's bonded stock and e-ledger (1210 and its variant 1239). */
export const isBondedImportMode = (mode: string): boolean => mode === '1210' || mode === '1239';
