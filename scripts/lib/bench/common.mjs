// Pieces both benchmarks use (`npm run bench`, `npm run bench:flow`): integer settings from the
// environment, the loopback guard, building dist/ unless it is fresh, and the machine facts
// written next to every result. Built-ins and util.cjs only.
import os from 'node:os';
import { distFreshness } from './fresh.mjs';
import { ROOT, color, run, seconds } from '../util.cjs';

/** An integer ≥ min from process.env[name], else `fallback`; anything else is an error. */
export function intSetting(name, fallback, min = 1) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

const isLoopback = (host) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host) || host.startsWith('127.');

/** Traffic goes to loopback only: refuse anything else rather than load a shared system. */
export function assertLoopback(env) {
  for (const broker of (env.KAFKA_BROKERS || '').split(',').filter(Boolean)) {
    const host = broker.trim().replace(/:\d+$/, '');
    if (!isLoopback(host)) throw new Error(`KAFKA_BROKERS points at ${broker}: the benchmark only talks to loopback`);
  }
  if (env.DATABASE_URL) {
    const host = new URL(env.DATABASE_URL).hostname;
    if (host && !isLoopback(host)) throw new Error(`DATABASE_URL points at ${host}: the benchmark only talks to loopback`);
  }
}

/** The same guard for an HTTP base URL (the services a flow bench drives). */
export function assertLoopbackUrl(url) {
  const host = new URL(url).hostname;
  if (!isLoopback(host)) throw new Error(`${url}: the benchmark only talks to loopback`);
}

/** `npm run build` unless SKIP_BUILD=1 or dist/ is fresh; false when the build failed. */
export async function buildUnlessFresh(log) {
  if (process.env.SKIP_BUILD === '1') {
    log('SKIP_BUILD=1: not building, using dist/ as it is');
    return true;
  }
  const state = distFreshness(ROOT);
  if (state.fresh) {
    log(`dist/ is fresh (${state.reason}): not building`);
    return true;
  }
  log(`building (npm run build): ${state.reason}`);
  const t = Date.now();
  const result = await run('npm', ['run', '--silent', 'build']);
  if (result.code !== 0) {
    log(color.red(`the build failed (exit ${result.code}); fix the errors above (or run with SKIP_BUILD=1 to use an older dist/)`));
    return false;
  }
  log(`built in ${seconds(Date.now() - t)}`);
  return true;
}

/** CPU, memory, OS, Node and the 1-minute load average now, plus where the infrastructure came from. */
export function machine(sources) {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model?.trim(),
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    infrastructure: sources,
  };
}
