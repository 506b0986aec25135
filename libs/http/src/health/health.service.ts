import { HealthIndicator } from './health-indicator';

export type CheckStatus = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'down';
  service: string;
  checks: Record<string, CheckStatus>;
  /** Why each failing check failed; only present when something is down. */
  failures?: Record<string, string>;
}

export const HEALTH_CHECK_TIMEOUT_MS = 2000;

/** Runs every indicator in parallel, each bounded by a timeout so a hung broker cannot hang /health. */
export async function runHealthChecks(
  service: string,
  indicators: readonly HealthIndicator[],
  timeoutMs = HEALTH_CHECK_TIMEOUT_MS,
): Promise<HealthReport> {
  const results = await Promise.all(
    indicators.map(async (indicator) => {
      try {
        await withTimeout(indicator.check(), timeoutMs, indicator.name);
        return { name: indicator.name, error: undefined };
      } catch (error) {
        return { name: indicator.name, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  const report: HealthReport = { status: 'ok', service, checks: {} };
  for (const { name, error } of results) {
    report.checks[name] = error === undefined ? 'up' : 'down';
    if (error !== undefined) {
      report.status = 'down';
      (report.failures ??= {})[name] = error;
    }
  }
  return report;
}

function withTimeout<T>(work: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
