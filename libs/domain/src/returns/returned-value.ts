import { DomainError } from '../shared/domain-error';
import { formatMoney, parseMoney } from '../money/money';
import { rational, roundHalfUp } from '../money/rational';
import { parseQuantity } from '../quantity/quantity';

/**
 * The value of part of a declared line that came back: totalPrice × returned qty / declared qty,
 * computed exactly and rounded once, half away from zero, to the fen (四舍五入). A whole line
 * returns exactly its totalPrice, so a whole list returns exactly its goods value.
 */
export function returnedLineValue(line: { totalPrice: string; qty: string }, returnedQty: string): string {
  const declared = parseQuantity(line.qty);
  const returned = parseQuantity(returnedQty);
  if (declared <= 0n) throw new DomainError('RETURN.DECLARED_QTY_INVALID', `the declared qty ${line.qty} of a line must be positive`, 'qty');
  if (returned <= 0n || returned > declared) {
    throw new DomainError('RETURN.QTY_OUT_OF_RANGE', `a returned qty must be above 0 and at most the declared ${line.qty}, got ${returnedQty}`, 'qty');
  }
  if (returned === declared) return formatMoney(parseMoney(line.totalPrice));
  return formatMoney(roundHalfUp(rational(parseMoney(line.totalPrice) * returned, declared)));
}
