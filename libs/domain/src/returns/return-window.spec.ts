import { isWithinReturnWindow, RETURN_WINDOW_DAYS, returnWindowCloses } from './return-window';

describe('the return window', () => {
  const released = new Date('2026-11-01T08:00:00.000Z');

  it('is 30 days from release by default', () => {
    expect(RETURN_WINDOW_DAYS).toBe(30);
    expect(returnWindowCloses(released).toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('accepts a return up to the closing instant and refuses one after it', () => {
    expect(isWithinReturnWindow(released, new Date('2026-12-01T08:00:00.000Z'))).toBe(true);
    expect(isWithinReturnWindow(released, new Date('2026-12-01T08:00:00.001Z'))).toBe(false);
    expect(isWithinReturnWindow(released, new Date('2026-11-08T08:00:01.000Z'), 7)).toBe(false);
    expect(isWithinReturnWindow(released, new Date('2026-11-08T08:00:00.000Z'), 7)).toBe(true);
  });
});
