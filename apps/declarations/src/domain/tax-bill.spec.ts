import { compareAssessedTax, shouldReplaceTaxBill, TaxBillStatus } from './tax-bill';

describe('CEB816 tax bills on a list', () => {
  it('takes the first bill, then only a higher status', () => {
    expect(shouldReplaceTaxBill(null, '1')).toBe(true);
    expect(shouldReplaceTaxBill(null, '3')).toBe(true);
    expect(shouldReplaceTaxBill('1', '2')).toBe(true);
    expect(shouldReplaceTaxBill('2', '3')).toBe(true);
    expect(shouldReplaceTaxBill('1', '1')).toBe(false);
    expect(shouldReplaceTaxBill('2', '1')).toBe(false);
    expect(shouldReplaceTaxBill('3', '2')).toBe(false);
  });

  it('ends on the highest status whatever the order of arrival', () => {
    const orders: TaxBillStatus[][] = [['1', '2', '3'], ['3', '1', '2'], ['2', '2', '1', '3', '1'], ['2', '1']];
    for (const order of orders) {
      let current: TaxBillStatus | null = null;
      for (const s of order) if (shouldReplaceTaxBill(current, s)) current = s;
      expect(current).toBe(order.reduce((a, b) => (b > a ? b : a)));
    }
  });

  it("sets customs' total beside the computed one", () => {
    expect(compareAssessedTax({ customsTax: '0.00', valueAddedTax: '19.11', consumptionTax: '0.00' }, '19.11')).toEqual({ totalTax: '19.11', differenceFromComputed: '0.00' });
    expect(compareAssessedTax({ customsTax: '0.00', valueAddedTax: '19.00', consumptionTax: '1.00' }, '19.11')).toEqual({ totalTax: '20.00', differenceFromComputed: '0.89' });
    expect(compareAssessedTax({ customsTax: '0.00', valueAddedTax: '19.00', consumptionTax: '0.00' }, '19.11')).toEqual({ totalTax: '19.00', differenceFromComputed: '-0.11' });
  });
});
