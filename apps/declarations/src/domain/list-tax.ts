import { computeRetailImportTax, Fen, formatMoney, parseMoney } from '@lhasa/domain';

export interface TaxRates {
  vatRate: string;
  consumptionTaxRate: string;
}

export interface ListTaxInput {
  lines: ReadonlyArray<{ gcode: string; totalPrice: string }>;
  freight: string;
  insuredFee: string;
  /** Taxed at the full rate (the single indivisible item over the limit), not 70 %. */
  fullTax: boolean;
}

export interface ListTax {
  dutiableValue: string;
  customsDuty: string;
  vat: string;
  consumptionTax: string;
  totalTax: string;
  fullTax: boolean;
}

/** Within the limits the consumer pays 70 % of VAT and consumption tax (domain.md §6). */
const RETAIL_REDUCTION = '0.7';
const NO_REDUCTION = '1';

/**
 * Retail import tax of a list, exact. Lines that share rates are taxed together; when rates
 * differ, freight and insurance are apportioned to each group by goods value (in fen, the last
 * group taking the remainder) so the parts add up to the whole.
 */
export function computeListTax(input: ListTaxInput, ratesFor: (gcode: string) => TaxRates): ListTax {
  const groups = new Map<string, { rates: TaxRates; goods: Fen }>();
  for (const line of input.lines) {
    const rates = ratesFor(line.gcode);
    const key = `${rates.vatRate}/${rates.consumptionTaxRate}`;
    const group = groups.get(key) ?? { rates, goods: 0n };
    group.goods += parseMoney(line.totalPrice);
    groups.set(key, group);
  }
  const parts = [...groups.values()];
  const goodsTotal = parts.reduce((sum, p) => sum + p.goods, 0n);
  const freight = apportion(parseMoney(input.freight), parts.map((p) => p.goods), goodsTotal);
  const insurance = apportion(parseMoney(input.insuredFee), parts.map((p) => p.goods), goodsTotal);

  let vat = 0n;
  let consumptionTax = 0n;
  parts.forEach((part, i) => {
    const tax = computeRetailImportTax({
      goodsValue: formatMoney(part.goods),
      freight: formatMoney(freight[i]),
      insuredFee: formatMoney(insurance[i]),
      vatRate: part.rates.vatRate,
      consumptionTaxRate: part.rates.consumptionTaxRate,
      reductionFactor: input.fullTax ? NO_REDUCTION : RETAIL_REDUCTION,
    });
    vat += parseMoney(tax.vat);
    consumptionTax += parseMoney(tax.consumptionTax);
  });
  return {
    dutiableValue: formatMoney(goodsTotal + parseMoney(input.freight) + parseMoney(input.insuredFee)),
    customsDuty: '0.00',
    vat: formatMoney(vat),
    consumptionTax: formatMoney(consumptionTax),
    totalTax: formatMoney(vat + consumptionTax),
    fullTax: input.fullTax,
  };
}

/** Splits `amount` by `weights` in whole fen; the last share takes the rounding remainder. */
export function apportion(amount: Fen, weights: readonly Fen[], total: Fen): Fen[] {
  if (!weights.length) return [];
  const shares = weights.map((w) => (total === 0n ? 0n : (amount * w) / total));
  const assigned = shares.slice(0, -1).reduce((sum, s) => sum + s, 0n);
  shares[shares.length - 1] = amount - assigned;
  return shares;
}
