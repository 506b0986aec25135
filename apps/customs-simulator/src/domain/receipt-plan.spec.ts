import { planAcceptedReceipts, planMatchedListReceipts } from './receipt-plan';

const plain = { inspected: false, held: false };
const statuses = (plan: ReturnType<typeof planMatchedListReceipts>) => plan.map((r) => [r.returnStatus, r.afterMs]);

describe('planMatchedListReceipts', () => {
  it('plans 120 now, 399 one step later and 800 one step after that', () => {
    expect(statuses(planMatchedListReceipts(300, plain))).toEqual([
      [120, 0],
      [399, 300],
      [800, 600],
    ]);
  });

  it('puts 500 (inspection) between 399 and 800 when inspected', () => {
    expect(statuses(planMatchedListReceipts(300, { inspected: true, held: false }))).toEqual([
      [120, 0],
      [399, 300],
      [500, 600],
      [800, 900],
    ]);
  });

  it('holds (501) after the inspection instead of releasing, and nothing follows', () => {
    const plan = planMatchedListReceipts(300, { inspected: true, held: true });
    expect(statuses(plan)).toEqual([
      [120, 0],
      [399, 300],
      [500, 600],
      [501, 900],
    ]);
    expect(plan[3].returnInfo).toBe('[Code:2501;Desc:扣留]');
    expect(statuses(planMatchedListReceipts(300, { inspected: false, held: true }))).toEqual(statuses(plan));
  });

  it('keeps the order even with no delay', () => {
    expect(planMatchedListReceipts(0, { inspected: true, held: false }).map((r) => r.returnStatus)).toEqual([120, 399, 500, 800]);
  });
});

describe('planAcceptedReceipts', () => {
  it('plans 120 now and 399 one step later with the fields of the approval', () => {
    expect(planAcceptedReceipts(200, 'done', { sumNo: 'S' })).toEqual([
      { returnStatus: 120, returnInfo: '[Code:1800;Desc:入库成功]', afterMs: 0 },
      { returnStatus: 399, returnInfo: 'done', afterMs: 200, fields: { sumNo: 'S' } },
    ]);
  });
});
