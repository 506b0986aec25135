import { formatMoney, parseMoney } from '../money/money';
import {
  addRational,
  compareRational,
  divideRational,
  multiplyRational,
  parseRate,
  Rational,
  rational,
  roundHalfUp,
  subtractRational,
} from '../money/rational';
import { DomainError } from '../shared/domain-error';

export interface RetailImportTaxInput {
  /** Goods value in yuan, e.g. "100.00". */
  goodsValue: string;
  freight: string;
  insuredFee: string;
  /** Decimal rate, e.g. "0.13". */
  vatRate: string;
  /** Decimal rate, "0" when the goods bear none; must be below 1. */
  consumptionTaxRate: string;
  /** Share of the normal tax due within the limits (domain.md §6): "0.7". */
  reductionFactor?: string;
}

export interface RetailImportTax {
  /** Full transaction price: goods + freight + insurance (完税价格). */
  dutiableValue: string;
  /** Tariff is 0 within the limits. */
  customsDuty: string;
  consumptionTax: string;
  vat: string;
  total: string;
}

function rateInRange(text: string, field: string, max: Rational, inclusive: boolean): Rational {
  const rate = parseRate(text, field);
  const cmp = compareRational(rate, max);
  if (cmp > 0 || (cmp === 0 && !inclusive)) {
    throw new DomainError('TAX.INVALID_RATE', `${field} ${text} must be ${inclusive ? 'at most' : 'below'} 1`, field);
  }
  return rate;
}

function nonNegativeFen(text: string, field: string): bigint {
  const fen = parseMoney(text);
  if (fen < 0n) throw new DomainError('TAX.NEGATIVE_AMOUNT', `${field} ${text} must not be negative`, field);
  return fen;
}

/**
 * Cross-border retail import tax within the consumer limits (domain.md §6), exact:
 *   base            = goods + freight + insurance
 *   consumption tax = base / (1 − c) × c × 0.7
 *   VAT             = (base + normal consumption tax) × v × 0.7
 * where "normal consumption tax" is base / (1 − c) × c before the 70 % reduction: the VAT
 * base is the composite price, which the reduction does not change. Every intermediate is an
 * exact fraction; each tax is rounded half-up to the fen once, at its end. Ordinary goods
 * (v = 13 %, c = 0) pay 9.1 % of the base.
 */
export function computeRetailImportTax(input: RetailImportTaxInput): RetailImportTax {
  const one = rational(1n);
  const base = nonNegativeFen(input.goodsValue, 'goodsValue') + nonNegativeFen(input.freight, 'freight') +
    nonNegativeFen(input.insuredFee, 'insuredFee');
  const v = rateInRange(input.vatRate, 'vatRate', one, true);
  const c = rateInRange(input.consumptionTaxRate, 'consumptionTaxRate', one, false);
  const reduction = rateInRange(input.reductionFactor ?? '0.7', 'reductionFactor', one, true);

  const compositePrice = divideRational(rational(base), subtractRational(one, c));
  const normalConsumptionTax = multiplyRational(compositePrice, c);
  const consumptionTax = roundHalfUp(multiplyRational(normalConsumptionTax, reduction));
  const vatBase = addRational(rational(base), normalConsumptionTax);
  const vat = roundHalfUp(multiplyRational(multiplyRational(vatBase, v), reduction));

  return {
    dutiableValue: formatMoney(base),
    customsDuty: '0.00',
    consumptionTax: formatMoney(consumptionTax),
    vat: formatMoney(vat),
    total: formatMoney(consumptionTax + vat),
  };
}
