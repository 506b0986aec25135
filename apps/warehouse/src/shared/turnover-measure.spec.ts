import { averageStockValueFen } from './turnover-measure';

describe('averageStockValueFen', () => {
  const at = (iso: string) => new Date(iso);

  it('values each lot in proportion to what it still holds at each day close, averaged and rounded once', () => {
    const lots = [
      // 10 units worth 1000.00 in on Jan 1, 4 drawn on Jan 2.
      { valueFen: 100_000n, qty: 1_000_000n, gateInAt: at('2026-01-01T08:00:00Z'), draws: [{ qty: 400_000n, at: at('2026-01-02T09:00:00Z') }] },
      // 3 units worth 1.00 in on Jan 2.
      { valueFen: 100n, qty: 300_000n, gateInAt: at('2026-01-02T23:59:59Z'), draws: [] },
    ];
    // Jan 1 close 1000.00; Jan 2 close 600.00 + 1.00 → average 800.50.
    expect(averageStockValueFen(lots, '2026-01-01', 2)).toBe(80_050n);
    // Jan 2 alone: 601.00.
    expect(averageStockValueFen(lots, '2026-01-02', 1)).toBe(60_100n);
    // Jan 1 .. Jan 3: (1000 + 601 + 601) / 3 = 734.00
    expect(averageStockValueFen(lots, '2026-01-01', 3)).toBe(73_400n);
  });

  it('rounds a third of a fen half-up', () => {
    // 1 unit of 3 drawn: 2/3 of 0.01 → 0.01.
    const lot = { valueFen: 1n, qty: 300_000n, gateInAt: at('2026-01-01T00:00:00Z'), draws: [{ qty: 100_000n, at: at('2026-01-01T01:00:00Z') }] };
    expect(averageStockValueFen([lot], '2026-01-01', 1)).toBe(1n);
    expect(averageStockValueFen([], '2026-01-01', 1)).toBe(0n);
  });
});
