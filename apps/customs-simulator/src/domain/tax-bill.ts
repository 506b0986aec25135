import { addMoney, computeRetailImportTax, formatMoney, parseMoney } from '@lhasa/domain';

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

/** One line of a tax bill (TaxListRd): the line's share of the dutiable value and of each tax. */
export interface TaxBillLine {
  gnum: number;
  gcode: string;
  taxPrice: string;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
}

/** `total` fen split in proportion to `weights`, exactly: each share rounded down, the rest on the last. */
function allocate(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0n));
  const shares = weights.map((w) => (total * w) / sum);
  shares[shares.length - 1] += total - shares.reduce((a, b) => a + b, 0n);
  return shares;
}

/**
 * The bill's lines: freight and insurance and each tax of the head spread over the list's lines
 * in proportion to their totalPrice, so the lines add up to the head to the fen.
 */
export function taxBillLines(
  list: { freight: string; insuredFee: string; lines: ReadonlyArray<{ gnum: number; gcode: string; totalPrice: string }> },
  amounts: TaxBillAmounts,
): TaxBillLine[] {
  const weights = list.lines.map((l) => parseMoney(l.totalPrice));
  const fees = allocate(parseMoney(list.freight) + parseMoney(list.insuredFee), weights);
  const duty = allocate(parseMoney(amounts.customsTax), weights);
  const vat = allocate(parseMoney(amounts.valueAddedTax), weights);
  const consumption = allocate(parseMoney(amounts.consumptionTax), weights);
  return list.lines.map((line, i) => ({
    gnum: line.gnum,
    gcode: line.gcode,
    taxPrice: formatMoney(weights[i] + fees[i]),
    customsTax: formatMoney(duty[i]),
    valueAddedTax: formatMoney(vat[i]),
    consumptionTax: formatMoney(consumption[i]),
  }));
}
