import fc from 'fast-check';
import { Countries, Currencies, HS_CHAPTERS, HsCodes, hsChapter, isHsCode, isKnownCountry, isKnownCurrency, isKnownUnit, Units } from './index';

describe('code table', () => {
  it('maps currencies both ways', () => {
    expect(Currencies.byCeb('142')?.iso).toBe('CNY');
    expect(Currencies.byIso('CNY')?.ceb).toBe('142');
    expect(Currencies.cebToIso('502')).toBe('USD');
    expect(Currencies.isoToCeb('EUR')).toBe('300');
    expect(Currencies.cebToIso('110')).toBe('HKD');
    expect(Currencies.cebToIso('116')).toBe('JPY');
    expect(Currencies.cebToIso('303')).toBe('GBP');
    expect(Currencies.byCeb('999')).toBeUndefined();
    expect(isKnownCurrency('142')).toBe(true);
    expect(isKnownCurrency(142)).toBe(false);
  });

  it('maps countries both ways, Nepal included', () => {
    expect(Countries.byCeb('125')).toMatchObject({ iso: 'NPL', nameZh: '尼泊尔' });
    expect(Countries.byIso('CHN')?.ceb).toBe('142');
    expect(Countries.cebToIso('111')).toBe('IND');
    expect(Countries.cebToIso('502')).toBe('USA');
    expect(isKnownCountry('125')).toBe(true);
    expect(isKnownCountry('NPL')).toBe(false);
  });

  it('throws a stable code for an unknown code instead of guessing', () => {
    expect(() => Currencies.cebToIso('000')).toThrow(expect.objectContaining({ code: 'CODES.UNKNOWN_CURRENCY' }));
    expect(() => Countries.isoToCeb('XXX')).toThrow(expect.objectContaining({ code: 'CODES.UNKNOWN_COUNTRY' }));
  });

  it.each([Currencies, Countries])('round-trips every entry and has no duplicate', (table) => {
    for (const entry of table.all) {
      expect(table.byIso(table.cebToIso(entry.ceb))).toBe(entry);
      expect(entry.ceb).toMatch(/^\d{3}$/);
      expect(entry.iso).toMatch(/^[A-Z]{3}$/);
    }
    expect(new Set(table.all.map((e) => e.ceb)).size).toBe(table.all.length);
    expect(new Set(table.all.map((e) => e.iso)).size).toBe(table.all.length);
  });

  it('knows the customs units, with 015 as 条 and 035 as 千克', () => {
    expect(Units.byCode('011')?.nameZh).toBe('件');
    expect(Units.byCode('035')?.nameZh).toBe('千克');
    expect(Units.byCode('007')?.nameZh).toBe('个');
    expect(Units.byCode('142')?.nameZh).toBe('瓶');
    expect(Units.byCode('140')?.nameZh).toBe('盒');
    expect(Units.nameOf('015')).toBe('条');
    expect(isKnownUnit('999')).toBe(false);
    expect(() => Units.nameOf('999')).toThrow(expect.objectContaining({ code: 'CODES.UNKNOWN_UNIT' }));
  });
});

describe('HS codes', () => {
  it('has the 97 chapters, 77 reserved', () => {
    expect(HS_CHAPTERS).toHaveLength(97);
    expect(HS_CHAPTERS.map((c) => c.chapter)).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(HS_CHAPTERS.filter((c) => c.reserved).map((c) => c.chapter)).toEqual(['77']);
    expect(HsCodes.chapterName('09')).toBe('咖啡、茶、马黛茶及调味香料');
    expect(HsCodes.chapterName('09', 'en')).toBe('Coffee, tea, maté and spices');
    expect(HsCodes.chapterName('30', 'en')).toBe('Pharmaceutical products');
    expect(HsCodes.chapterName('97', 'en')).toMatch(/^Works of art/);
    expect(HsCodes.isKnownChapter('77')).toBe(false);
    expect(HsCodes.isKnownChapter('98')).toBe(false);
    expect(() => HsCodes.chapterName('98')).toThrow(expect.objectContaining({ code: 'CODES.UNKNOWN_HS_CHAPTER' }));
  });

  it('takes the chapter of a valid 10-digit code', () => {
    expect(hsChapter('0902109000')).toBe('09');
    expect(HsCodes.chapterOf('3304990099')).toBe('33');
  });

  it.each(['090210900', '09021090001', '090210900X', '7700000000', '0000000000', '9800000000', '', ' 0902109000'])(
    'rejects %j',
    (code) => {
      expect(isHsCode(code)).toBe(false);
      expect(() => hsChapter(code)).toThrow(expect.objectContaining({ code: 'CODES.INVALID_HS_CODE' }));
    },
  );

  it('accepts exactly the 10-digit codes of chapters 01-97 except 77', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (code) => {
        const chapter = Number(code.slice(0, 2));
        expect(isHsCode(code)).toBe(chapter >= 1 && chapter <= 97 && chapter !== 77);
      }),
    );
  });
});
