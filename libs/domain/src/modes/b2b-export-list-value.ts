import { formatMoney, parseMoney } from '../money/money';
import { FieldError } from '../shared/field-error';

/** Ceiling for a 9710/9810 shipment declared on an inventory list instead of a 报关单. */
export const B2B_EXPORT_LIST_LIMIT = '5000.00';

export interface B2bExportListValue {
  tradeMode: string;
  /** The shipment's value in yuan (convert foreign currency at customs' monthly rate first). */
  valueCny: string;
}

/**
 * 9710/9810 may use an inventory list only for a shipment ≤ 5000 元 (and no licence,
 * inspection or tax, which the filer declares); above it a full customs declaration is needed.
 */
export function checkB2bExportListValue({ tradeMode, valueCny }: B2bExportListValue, limit = B2B_EXPORT_LIST_LIMIT): FieldError[] {
  if (tradeMode !== '9710' && tradeMode !== '9810') return [];
  const value = parseMoney(valueCny);
  if (value <= parseMoney(limit)) return [];
  return [{
    code: 'MODE.B2B_LIST_OVER_LIMIT',
    field: 'valueCny',
    message: `a ${tradeMode} inventory list may carry at most ${limit} 元; this shipment is ${formatMoney(value)} 元 and needs a customs declaration (报关单)`,
  }];
}
