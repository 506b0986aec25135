import { addMoney, computeRetailImportTax } from '@lhasa/domain';

/** CEB816 tax bill statuses (domain.md §3b). */
export const TaxBillStatus = { GENERATED: '1', SUMMARISED: '2', VOID: '3' } as const;

export interface TaxBillAmounts {
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
}

/**
 * What customs assesses on a released import list (电子税单): retail import tax (domain.md §6,
 * libs/domain's computeRetailImportTax) on the list's goods (Σ lines' totalPrice), freight and
 * insurance at customs' own rates. Tariff is 0 within the limits.
 */
export function assessTaxBill(
  list: { freight: string; insuredFee: string; lines: ReadonlyArray<{ totalPrice: string }> },
  rates: { vatRate: string; consumptionTaxRate: string },
): TaxBillAmounts {
  const tax = computeRetailImportTax({
    goodsValue: addMoney(...list.lines.map((l) => l.totalPrice)),
    freight: list.freight,
    insuredFee: list.insuredFee,
    vatRate: rates.vatRate,
    consumptionTaxRate: rates.consumptionTaxRate,
  });
  return { customsTax: tax.customsDuty, valueAddedTax: tax.vat, consumptionTax: tax.consumptionTax };
}

/** The tax bill number (税单编号): the list's invtNo and the bill's ordinal, one bill per list here (…01). */
export function formatTaxNo(invtNo: string): string {
  return `${invtNo}01`;
}
