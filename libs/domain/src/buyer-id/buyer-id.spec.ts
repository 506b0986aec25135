import fc from 'fast-check';
import { checkIdNumber, normaliseIdNumber, residentIdCheckCharacter } from './buyer-id';

describe('buyer ID numbers', () => {
  it('normalises: trimmed, upper-case check letter, full-width folded', () => {
    expect(normaliseIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(normaliseIdNumber('\u3000１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
  });

  it('accepts valid resident IDs in any of their spellings, as one form', () => {
    for (const raw of ['11010519491231002X', '11010519491231002x', ' 11010519491231002X', '11010519491231002X\t']) {
      expect(checkIdNumber(raw, '1')).toEqual({ ok: true, value: '11010519491231002X' });
    }
    expect(checkIdNumber('440524188001010014', undefined)).toEqual({ ok: true, value: '440524188001010014' });
  });

  it('refuses a wrong check digit, naming the expected one', () => {
    const result = checkIdNumber('110105194912310021', '1');
    expect(result).toEqual(expect.objectContaining({ ok: false, problem: 'CHECK_DIGIT', message: expect.stringContaining('must end in X') }));
  });

  it('refuses a 15-digit first-generation number and other shapes', () => {
    expect(checkIdNumber('110105491231002', '1')).toEqual(expect.objectContaining({ ok: false, problem: 'FIRST_GENERATION' }));
    for (const raw of ['', '12345', '1101051949123100XX', '11010519491231002Y', '1101051949123100２2 3']) {
      expect(checkIdNumber(raw, '1')).toEqual(expect.objectContaining({ ok: false, problem: 'FORMAT' }));
    }
  });

  it('only normalises other ID types', () => {
    expect(checkIdNumber(' e12345678 ', '2')).toEqual({ ok: true, value: 'E12345678' });
  });

  it('accepts exactly one check character for any 17 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (digits) => {
        const good = residentIdCheckCharacter(digits);
        for (const c of '0123456789X') expect(checkIdNumber(digits + c, '1').ok).toBe(c === good);
        expect(checkIdNumber(digits + good.toLowerCase(), '1')).toEqual({ ok: true, value: digits + good });
      }),
    );
  });
});
