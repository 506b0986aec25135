import { planMatchedListReceipts } from './receipt-plan';

describe('planMatchedListReceipts', () => {
  it('plans 120 now, 399 one step later and 800 one step after that', () => {
    expect(planMatchedListReceipts(300, false).map((r) => [r.returnStatus, r.afterMs])).toEqual([
      [120, 0],
      [399, 300],
      [800, 600],
    ]);
  });

  it('puts 500 (inspection) between 399 and 800 when inspected', () => {
    expect(planMatchedListReceipts(300, true).map((r) => [r.returnStatus, r.afterMs])).toEqual([
      [120, 0],
      [399, 300],
      [500, 600],
      [800, 900],
    ]);
  });

  it('keeps the order even with no delay', () => {
    expect(planMatchedListReceipts(0, true).map((r) => r.returnStatus)).toEqual([120, 399, 500, 800]);
  });
});
