import { compareFigures, describeDifferences } from './figures';

describe('compareFigures', () => {
  it('finds nothing between equal figures', () => {
    expect(compareFigures({ a: '1', b: '2' }, { b: '2', a: '1' })).toEqual([]);
  });

  it('names every figure that differs, is missing or is new, in name order', () => {
    const differences = compareFigures({ total: '100', gone: '5', same: 'x' }, { total: '120', same: 'x', added: '7' });
    expect(differences).toEqual([
      { figure: 'added', before: undefined, after: '7' },
      { figure: 'gone', before: '5', after: undefined },
      { figure: 'total', before: '100', after: '120' },
    ]);
    expect(describeDifferences(differences)).toEqual(['added: - → 7', 'gone: 5 → -', 'total: 100 → 120']);
  });
});
