/** The CEB303 orderType an export order carries (domain.md §3b). */
export type ExportOrderTypeCode = 'E' | 'B' | 'W';

/**
 * Which order an export list's mode takes: B2C parcels (9610, 1210 special-area export) are
 * ordered with E, B2B direct export (9710) with B, overseas-warehouse bookings (9810) with W.
 */
export const EXPORT_ORDER_TYPE_BY_MODE: Readonly<Record<string, ExportOrderTypeCode>> = {
  '9610': 'E',
  '1210': 'E',
  '9710': 'B',
  '9810': 'W',
};

/** The orderType an export list of this mode needs, or undefined for a mode that does not export. */
export function exportOrderTypeFor(tradeMode: string): ExportOrderTypeCode | undefined {
  return Object.prototype.hasOwnProperty.call(EXPORT_ORDER_TYPE_BY_MODE, tradeMode) ? EXPORT_ORDER_TYPE_BY_MODE[tradeMode] : undefined;
}

/** Export modes whose list customs matches with a receipt of payment (CEB403) as well: 9610 B2C. */
export const PAYMENT_RECEIPT_EXPORT_MODES: readonly string[] = ['9610'];

/** Export modes whose released lists are summarised into a customs declaration (汇总申报, CEB701 → CEB792). */
export const SUMMARY_DECLARATION_MODES: readonly string[] = ['9610'];
