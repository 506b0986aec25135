import { drawEntryId, formatDeclSeqNo, formatSumNo } from './summary-numbers';

describe('formatSumNo', () => {
  it('is district + year + H + 9-digit sequence, 18 characters', () => {
    expect(formatSumNo('8800', 2026, 42)).toBe('88002026H000000042');
    expect(formatSumNo('8800', 2026, 42n)).toHaveLength(18);
    expect(() => formatSumNo('8800', 2026, 1_000_000_000)).toThrow(/9 digits/);
  });
});

describe('drawEntryId', () => {
  it('is 18 digits: district, year, 0 for export and 9 drawn digits', () => {
    const entryId = drawEntryId('seed-1', 'AGENT:SUM1', '8800', 2026);
    expect(entryId).toMatch(/^880020260\d{9}$/);
  });

  it('is the same for the same seed and summary, different for another', () => {
    expect(drawEntryId('seed-1', 'AGENT:SUM1', '8800', 2026)).toBe(drawEntryId('seed-1', 'AGENT:SUM1', '8800', 2026));
    expect(drawEntryId('seed-2', 'AGENT:SUM1', '8800', 2026)).not.toBe(drawEntryId('seed-1', 'AGENT:SUM1', '8800', 2026));
    expect(drawEntryId('seed-1', 'AGENT:SUM2', '8800', 2026)).not.toBe(drawEntryId('seed-1', 'AGENT:SUM1', '8800', 2026));
  });
});

describe('formatDeclSeqNo', () => {
  it('is one to one with the sumNo, 18 characters', () => {
    expect(formatDeclSeqNo('88002026H000000042')).toBe('88002026D000000042');
    expect(() => formatDeclSeqNo('88002026E000000042')).toThrow(/not a sumNo/);
  });
});
