// `npm run rebuild -- statistics` end to end: the four services built and running as processes,
// the 1210 story driven over HTTP, then the script itself, which asks for the running statistics
// service to be stopped, swaps the rebuilt model in and reports it identical.
import { spawn } from 'node:child_process';
import { dropNamespaceDatabases } from '../support/databases';
import { e2eEnvironment, flowUrlsOf, untilStatisticsCaughtUpIn } from '../support/e2e-environment';
import { call } from '../support/http-client';
import { issueKeys, newRun, partiesFor, runSagaFlow } from '../support/saga-flow';

const { startServices } = require('../../scripts/lib/services.cjs');

jest.setTimeout(600000);

const { namespace, env } = e2eEnvironment('e2e_rebuild', { SIMULATOR_STEP_DELAY_MS: '200', AUTH_CACHE_TTL_MS: '1000' });

/** Runs scripts/rebuild.mjs with `args`; `onLine` sees each line it prints. Resolves its exit code and output. */
function runRebuild(args: string[], onLine: (line: string) => void): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/rebuild.mjs', ...args], { env: { ...process.env, ...env, LHASA_SKIP_DEPS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let pending = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run rebuild -- statistics against the running system', () => {
  let services: any;

  beforeAll(async () => {
    services = await startServices({
      env,
      ports: { declarations: 3161, warehouse: 3162, statistics: 3163, 'customs-simulator': 3164 },
      output: 'none',
      logDir: `.local/logs/${namespace}`,
    });
  });

  afterAll(async () => {
    await services?.stop();
    await dropNamespaceDatabases(namespace);
  });

  it('rebuilds the figures of a 1210 day identically while statistics runs, swapping once it is stopped', async () => {
    const urls = flowUrlsOf(services);
    const run = newRun();
    const parties = partiesFor(run);
    const keys = await issueKeys(parties, `e2e ${run}`, env);
    const result = await runSagaFlow({ urls, keys, parties, run, untilStatisticsCaughtUp: untilStatisticsCaughtUpIn(namespace) });
    expect(result.statistics).toEqual({ border: '8000.00', retail: '160.00' });
    const year = result.summary.year;
    const figures = async () => ({
      summary: (await call(urls.statistics, 'GET', `/statistics/summary?year=${year}`, { key: keys.bureau })).body,
      byMode: (await call(urls.statistics, 'GET', `/statistics/breakdown?year=${year}&basis=BORDER&by=mode`, { key: keys.bureau })).body,
      byEnterprise: (await call(urls.statistics, 'GET', `/statistics/breakdown?year=${year}&basis=RETAIL&by=enterprise`, { key: keys.bureau })).body,
    });
    const before = await figures();

    let asked = false;
    const stopping: Promise<void>[] = [];
    const { code, output } = await runRebuild(['statistics'], (line) => {
      if (!asked && /Stop it now to swap in the rebuilt model/.test(line)) {
        asked = true;
        stopping.push(services.get('statistics').stop());
      }
    });
    await Promise.all(stopping);
    expect([code, asked]).toEqual([0, true]);
    expect(output).toMatch(/IDENTICAL: every figure of the rebuilt statistics model equals the previous one/);
    expect(output).toMatch(new RegExp(`lhasa_${namespace}_statistics now holds the rebuilt model`));

    await services.get('statistics').restart();
    expect(await figures()).toEqual(before);
  });
});
