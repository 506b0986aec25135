import { decideSummary, SummaryCandidate } from './summary-decision';

const period = { startTime: '2026-11-01T00:00:00.000Z', endTime: '2026-11-30T23:59:59.999Z' };
const candidate = (invtNo: string, patch: Partial<SummaryCandidate> = {}): SummaryCandidate => ({
  invtNo,
  ebcCode: 'EBC0000001',
  tradeMode: '9610',
  releasedAt: new Date('2026-11-15T00:00:00.000Z'),
  cancelled: false,
  summarisedIn: null,
  ...patch,
});
const application = (invtNos: string[], patch = {}) => ({ ebcCode: 'EBC0000001', ...period, lists: invtNos.map((invtNo) => ({ invtNo })), ...patch });
const found = (...lists: SummaryCandidate[]) => new Map(lists.map((l) => [l.invtNo, l]));

describe('decideSummary', () => {
  it('accepts released 9610 lists of the company inside the period', () => {
    expect(decideSummary(application(['L1', 'L2']), found(candidate('L1'), candidate('L2')))).toEqual({ kind: 'accept', invtNos: ['L1', 'L2'] });
  });

  it('counts the period inclusive of both ends, by release time', () => {
    const edges = found(candidate('L1', { releasedAt: new Date(period.startTime) }), candidate('L2', { releasedAt: new Date(period.endTime) }));
    expect(decideSummary(application(['L1', 'L2']), edges).kind).toBe('accept');
  });

  it('names every list at fault, grouped by what is wrong', () => {
    const lists = found(
      candidate('L2', { ebcCode: 'EBC0000002' }),
      candidate('L3', { tradeMode: '9710' }),
      candidate('L4', { releasedAt: null }),
      candidate('L5', { releasedAt: new Date('2026-10-31T23:59:59.999Z') }),
      candidate('L6', { summarisedIn: '88002026H000000001' }),
      candidate('L7', { cancelled: true }),
      candidate('L8'),
    );
    expect(decideSummary(application(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L8']), lists)).toEqual({
      kind: 'reject',
      returnInfo: [
        'lists not found: L1',
        'lists not of EBC0000001: L2',
        'lists not of a summarised mode (9610): L3',
        'lists not released: L4',
        `lists released outside ${period.startTime}..${period.endTime}: L5`,
        'lists in another summary: L6 (88002026H000000001)',
        'lists cancelled: L7',
        'lists named twice: L8',
      ].join('; '),
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(decideSummary(application(['L1'], { startTime: period.endTime, endTime: period.startTime }), found(candidate('L1')))).toMatchObject({ kind: 'reject' });
  });
});
