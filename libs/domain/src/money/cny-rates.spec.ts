import { parseCnyRates, toCnyFen, toCnyMoney } from './cny-rates';

describe('CNY rate table', () => {
  it('reads code=rate pairs; CNY is always 1', () => {
    const rates = parseCnyRates(' 502=7.1000, 300=7.8 ', 'RATES');
    expect([...rates.keys()].sort()).toEqual(['142', '300', '502']);
    expect(rates.get('502')?.text).toBe('7.1000');
    expect(toCnyMoney('100.00', '142', parseCnyRates('', 'RATES'))).toBe('100.00');
  });

  it('converts exactly, rounded half-up to the fen', () => {
    const rates = parseCnyRates('502=7.1234', 'RATES');
    expect(toCnyFen('704.25', '502', rates)).toBe(501665n); // 704.25 × 7.1234 = 5016.654…
    expect(toCnyMoney('0.01', '502', rates)).toBe('0.07');
    expect(toCnyMoney('10.00', '300', rates)).toBeUndefined();
  });

  it.each(['502', '502=', '999=7', '502=-1', '502=7=8', '142=7.1'])('refuses %p naming the setting', (text) => {
    expect(() => parseCnyRates(text, 'DECLARATIONS_EXCHANGE_RATES')).toThrow(/DECLARATIONS_EXCHANGE_RATES/);
  });

  it('takes 142=1 spelt any way', () => {
    expect(parseCnyRates('142=1.000', 'R').get('142')?.rate).toEqual({ num: 1n, den: 1n });
  });
});
