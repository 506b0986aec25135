import fc from 'fast-check';
import { checkPlainInput, InputCodes, MAX_INPUT_DEPTH } from './plain-input';

const NOT_XML = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => !['\t', '\n', '\r'].includes(c)),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

describe('checkPlainInput', () => {
  it('names the field of every text XML cannot carry, however deep', () => {
    for (const bad of NOT_XML) {
      expect(checkPlainInput({ lines: [{ gname: `tea${bad}` }] })).toEqual([
        expect.objectContaining({ code: InputCodes.invalidCharacter, field: 'lines.0.gname' }),
      ]);
    }
  });

  it('lets tab, line breaks, Chinese, Tibetan and paired surrogates through', () => {
    expect(checkPlainInput({ note: 'a\tb\r\nc', gname: '红茶 བོད་ 🍵', qty: 1, ok: true, none: null })).toEqual([]);
  });

  it('refuses nesting beyond the bound without walking it all', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const [error] = checkPlainInput(deep);
    expect(error).toMatchObject({ code: InputCodes.tooDeep });
    expect(error.field.split('.')).toHaveLength(MAX_INPUT_DEPTH);
  });

  it('refuses a list directly inside a list, naming where (no document has one)', () => {
    expect(checkPlainInput({ lines: [{ gnum: 1 }, []] })).toEqual([
      { code: InputCodes.nestedList, field: 'lines.1', message: 'lines.1 must be an object or a value, not a list' },
    ]);
    expect(checkPlainInput({ lines: [{ gnum: 1, tags: ['a'] }] })).toEqual([]);
  });

  it('finds a bad character anywhere in any JSON value', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.constantFrom(...NOT_XML), (json, bad) => {
        const value = JSON.parse(json) as unknown;
        expect(checkPlainInput({ wrap: value, text: `x${bad}` }).some((e) => e.field === 'text')).toBe(true);
      }),
    );
  });
});
