import { drawsOnBondedStock, TRADE_MODE_TABLE } from '@lhasa/domain';

/** What a breakdown may group by (domain.md §9). */
export const BREAKDOWNS = ['month', 'mode', 'direction', 'flow', 'country', 'hsChapter', 'enterprise'] as const;
export type BreakdownBy = (typeof BREAKDOWNS)[number];

/**
 * The flow of a fact: how its goods moved, one per fact, so a breakdown by flow adds up to the
 * basis total. FIRST_LINE_ENTRY: a bonded entry approved at 一线 (verification list, 1210);
 * SECOND_LINE_RETAIL: a 1210 / 1239 import list released at 二线 (bonded retail leaving the zone);
 * DIRECT_IMPORT: a 9610 import list (direct mail); EXPORT: every export list (9610, 9710, 9810,
 * 1210 special-area export). A return or cancel nets the list it belongs to, so it has that list's flow.
 */
export const FLOWS = ['FIRST_LINE_ENTRY', 'SECOND_LINE_RETAIL', 'DIRECT_IMPORT', 'EXPORT'] as const;
export type Flow = (typeof FLOWS)[number];

export const FLOW_NAMES: Record<Flow, string> = {
  FIRST_LINE_ENTRY: '一线入区',
  SECOND_LINE_RETAIL: '二线出区',
  DIRECT_IMPORT: '直购进口',
  EXPORT: '出口',
};

/** The modes whose import lists draw on bonded stock (二线), as the trade-mode table says (libs/domain drawsOnBondedStock). */
export const SECOND_LINE_IMPORT_MODES: readonly string[] = TRADE_MODE_TABLE.filter((m) => drawsOnBondedStock(m.code, 'I')).map((m) => m.code);

/**
 * A fact's flow, as an SQL expression over trade_facts' columns (the one place the rule is
 * written). Mode codes come from the trade-mode table (digits only), never from input.
 */
export const FLOW_SQL = `CASE WHEN source_type = 'VERIFICATION_LIST' THEN 'FIRST_LINE_ENTRY' WHEN direction = 'E' THEN 'EXPORT' WHEN trade_mode IN (${SECOND_LINE_IMPORT_MODES.map((code) => `'${code}'`).join(', ')}) THEN 'SECOND_LINE_RETAIL' ELSE 'DIRECT_IMPORT' END`;
