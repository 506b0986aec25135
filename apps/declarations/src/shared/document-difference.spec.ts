import { differingFields } from './document-difference';

describe('differingFields', () => {
  it('names nothing for the same document in any key order', () => {
    expect(differingFields({ a: '1', items: [{ qty: '2', price: '1.00' }] }, { items: [{ price: '1.00', qty: '2' }], a: '1' })).toEqual([]);
  });

  it('names the dotted path of every difference, and what one side lacks', () => {
    const filed = { goodsValue: '200.00', items: [{ qty: '2' }], note: 'x' };
    const again = { goodsValue: '1.00', items: [{ qty: '1' }, { qty: '3' }] };
    expect(differingFields(filed, again)).toEqual(['goodsValue', 'items.0.qty', 'items.1', 'note']);
  });
});
