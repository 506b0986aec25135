import { checkOrderTaxTotal } from './order-tax';

describe('checkOrderTaxTotal', () => {
  it('accepts the same amount however it is spelt', () => {
    expect(checkOrderTaxTotal('19.11', '19.11', 'order')).toEqual([]);
  });

  it('refuses one fen off, naming taxTotal and the expected amount, for the filing that finds it', () => {
    expect(checkOrderTaxTotal('19.10', '19.11', 'order')).toEqual([expect.objectContaining({ code: 'ORDER.TAX_TOTAL_MISMATCH', field: 'taxTotal', message: expect.stringContaining('19.11') })]);
    expect(checkOrderTaxTotal('436.80', '0.09', 'list')).toEqual([expect.objectContaining({ code: 'LIST.TAX_TOTAL_MISMATCH', field: 'taxTotal', message: expect.stringContaining('0.09') })]);
  });
});
