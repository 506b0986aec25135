import { itemCountOf, transactionValueOf } from './list-values';

describe('list values', () => {
  it('transaction value is goods + freight + insurance, exact', () => {
    expect(transactionValueOf({ lines: [{ totalPrice: '0.10' }, { totalPrice: '0.20' }], freight: '4999.70', insuredFee: '0.01' })).toBe('5000.01');
  });

  it('counts items by rounding each line up', () => {
    expect(itemCountOf([{ qty: '1' }])).toBe(1);
    expect(itemCountOf([{ qty: '0.5' }])).toBe(1);
    expect(itemCountOf([{ qty: '2' }, { qty: '1.2' }])).toBe(4);
  });
});
