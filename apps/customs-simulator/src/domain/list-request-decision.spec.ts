import { CustomsListState, decideExportCancel, decideImportCancel, decideImportReturn } from './list-request-decision';

const released = new Date('2026-11-01T08:00:00.000Z');
const state = (patch: Partial<CustomsListState> = {}): CustomsListState => ({
  invtNo: '88002026I000000001',
  ebcCode: 'EBC0000001',
  releasedAt: null,
  departedAt: null,
  rejected: false,
  cancelled: false,
  returned: false,
  summarisedIn: null,
  lines: [
    { gnum: 1, gcode: '0902109000', qty: '2' },
    { gnum: 2, gcode: '0409000000', qty: '1.5' },
  ],
  ...patch,
});
const request = { invtNo: '88002026I000000001', ebcCode: 'EBC0000001' };

describe('decideImportCancel', () => {
  it('approves a cancel of a list not yet released', () => {
    expect(decideImportCancel(state(), request)).toEqual({ kind: 'approve' });
  });

  it.each<[string, CustomsListState | undefined, typeof request, string]>([
    ['an unknown list', undefined, request, 'list 88002026I000000001 not found'],
    ['another company', state(), { ...request, ebcCode: 'EBC0000002' }, 'list 88002026I000000001 is not a list of EBC0000002'],
    ['a cancelled list', state({ cancelled: true }), request, 'list 88002026I000000001 already cancelled'],
    ['a rejected list', state({ rejected: true }), request, 'list 88002026I000000001 was rejected'],
    ['a released list', state({ releasedAt: released }), request, 'list 88002026I000000001 released; file a return'],
  ])('refuses %s', (_what, list, req, returnInfo) => {
    expect(decideImportCancel(list, req)).toEqual({ kind: 'refuse', returnInfo });
  });
});

describe('decideExportCancel', () => {
  it('approves a cancel of a released export list whose goods have not left', () => {
    expect(decideExportCancel(state({ releasedAt: released }), request)).toEqual({ kind: 'approve' });
  });

  it('refuses a departed list and one a summary holds', () => {
    expect(decideExportCancel(state({ releasedAt: released, departedAt: released }), request)).toEqual({
      kind: 'refuse',
      returnInfo: 'list 88002026I000000001 departed; it can no longer be cancelled',
    });
    expect(decideExportCancel(state({ releasedAt: released, summarisedIn: '88002026H000000001' }), request)).toEqual({
      kind: 'refuse',
      returnInfo: 'list 88002026I000000001 is in summary 88002026H000000001',
    });
  });
});

describe('decideImportReturn', () => {
  const lines = [{ gnum: 1, gcode: '0902109000', qty: '2' }];
  const within = new Date('2026-11-20T00:00:00.000Z');

  it('approves a return of released goods within the window, part of a line included', () => {
    expect(decideImportReturn(state({ releasedAt: released }), { ...request, lines }, within, 30)).toEqual({ kind: 'approve' });
    expect(decideImportReturn(state({ releasedAt: released }), { ...request, lines: [{ gnum: 2, gcode: '0409000000', qty: '0.5' }] }, within, 30)).toEqual({ kind: 'approve' });
  });

  it('refuses a return after the window, naming it', () => {
    const decision = decideImportReturn(state({ releasedAt: released }), { ...request, lines }, new Date('2026-12-01T08:00:00.001Z'), 30);
    expect(decision).toEqual({
      kind: 'refuse',
      returnInfo: 'list 88002026I000000001 returned after 30 days of its release (released 2026-11-01T08:00:00.000Z, return received 2026-12-01T08:00:00.001Z)',
    });
    expect(decideImportReturn(state({ releasedAt: released }), { ...request, lines }, new Date('2026-12-01T08:00:00.000Z'), 30)).toEqual({ kind: 'approve' });
    expect(decideImportReturn(state({ releasedAt: released }), { ...request, lines }, within, 7)).toMatchObject({ kind: 'refuse', returnInfo: expect.stringContaining('after 7 days') });
  });

  it('refuses a list not released, already returned, or cancelled', () => {
    expect(decideImportReturn(state(), { ...request, lines }, within, 30)).toEqual({ kind: 'refuse', returnInfo: 'list 88002026I000000001 not released; file a cancel' });
    expect(decideImportReturn(state({ releasedAt: released, returned: true }), { ...request, lines }, within, 30)).toEqual({
      kind: 'refuse',
      returnInfo: 'list 88002026I000000001 already returned',
    });
    expect(decideImportReturn(state({ cancelled: true }), { ...request, lines }, within, 30)).toMatchObject({ kind: 'refuse' });
  });

  it('names every line that does not fit the list: unknown gnum, another gcode, more than declared, twice', () => {
    const bad = [
      { gnum: 3, gcode: '0902109000', qty: '1' },
      { gnum: 1, gcode: '0902301000', qty: '3' },
      { gnum: 1, gcode: '0902109000', qty: '1' },
    ];
    expect(decideImportReturn(state({ releasedAt: released }), { ...request, lines: bad }, within, 30)).toEqual({
      kind: 'refuse',
      returnInfo:
        'lines.0: gnum 3 is not a line of list 88002026I000000001; lines.1.gcode 0902301000 differs from the list\'s 0902109000; ' +
        'lines.1.qty 3 exceeds the 2 declared; lines.2: gnum 1 returned twice',
    });
  });
});
