import { addMoney, formatMoney, parseMoney } from '@lhasa/domain';

/** CEB816 status of an electronic tax bill: 1 generated, 2 summarised (汇总), 3 void (作废). */
export type TaxBillStatus = '1' | '2' | '3';

export const TAX_BILL_STATUS_NAMES: Readonly<Record<TaxBillStatus, 'GENERATED' | 'SUMMARISED' | 'VOID'>> = {
  '1': 'GENERATED',
  '2': 'SUMMARISED',
  '3': 'VOID',
};

/**
 * Whether an incoming bill replaces the one the list holds: only a higher status does (1 → 2 → 3),
 * so a resent or late bill (same or lower status) changes nothing, whatever order they arrive in.
 */
export function shouldReplaceTaxBill(current: TaxBillStatus | null, incoming: TaxBillStatus): boolean {
  return current === null || Number(incoming) > Number(current);
}

/** Customs' assessment beside this service's: their totals and the difference (customs − ours). */
export function compareAssessedTax(bill: { customsTax: string; valueAddedTax: string; consumptionTax: string }, computedTotalTax: string) {
  const totalTax = addMoney(bill.customsTax, bill.valueAddedTax, bill.consumptionTax);
  return { totalTax, differenceFromComputed: formatMoney(parseMoney(totalTax) - parseMoney(computedTotalTax)) };
}
