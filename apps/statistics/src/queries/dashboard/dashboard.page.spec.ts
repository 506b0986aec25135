import { DASHBOARD_SCRIPT } from './dashboard.page';

/** The page's own number formatting, taken from the page script and run as the browser would. */
function pageFunction(name: string): (...args: unknown[]) => string {
  const match = DASHBOARD_SCRIPT.match(new RegExp(`function ${name}\\(([^)]*)\\) \\{([\\s\\S]*?)\\n  \\}`));
  if (!match) throw new Error(`function ${name} not found in the dashboard script`);
  return new Function(...match[1].split(',').map((a) => a.trim()), match[2]) as (...args: unknown[]) => string;
}

describe('dashboard amounts in 亿元 (10^8 yuan)', () => {
  const yi = pageFunction('yi');

  it('shows the 2030 target and the 2025 baseline as the plan states them', () => {
    expect(yi('10000000000.00')).toBe('100.00');
    expect(yi('5528000000.00')).toBe('55.28');
  });

  it('rounds half up to the hundredth of an 亿 (1,000,000 yuan), also below zero', () => {
    expect(yi('499999.99')).toBe('0.00');
    expect(yi('500000.00')).toBe('0.01');
    expect(yi('-1500000.00')).toBe('-0.02');
  });
});
