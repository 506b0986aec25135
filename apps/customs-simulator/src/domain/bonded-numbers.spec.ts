import { formatBondedNo } from './bonded-numbers';

describe('formatBondedNo', () => {
  it('numbers verification lists QD… and gate passes HF…, 18 characters', () => {
    expect(formatBondedNo('INV101', '8800', 2026, 1)).toBe('QD8800202600000001');
    expect(formatBondedNo('SAS121', '8800', 2026, 12345678n)).toBe('HF8800202612345678');
  });

  it('refuses a sequence that does not fit', () => {
    expect(() => formatBondedNo('INV101', '8800', 2026, 123456789)).toThrow(/8 digits/);
  });
});
