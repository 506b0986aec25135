// The PostgreSQL baseline of `npm run bench:flow`: pgbench on a scratch database of the same
// server, in the same run, before the load (so the two do not compete). Built-ins, util.cjs and pg.
import { spawn } from 'node:child_process';

/** Runs a command, resolves { code, stdout, stderr }; killed after timeoutMs. */
function capture(cmd, args, { env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}${err.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** "tps = 2954.123 (without initial connection time)" → 2954.123 */
export function parseTps(output) {
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(output) ?? /tps = ([\d.]+)/.exec(output);
  return m ? Number(m[1]) : undefined;
}

/**
 * pgbench -i (scale `scale`) on database `database`, then `pgbench -c clients -j threads -T seconds
 * -b tpcb-like`; the database is created first and dropped after. Resolves { tps, latencyAvgMs,
 * command, … } or { error }.
 */
export async function runPgbench({ pg, serverUrl, database, clients, threads, seconds, scale, log }) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const target = new URL(serverUrl);
  target.pathname = `/${database}`;
  const env = { ...process.env, PGCONNECT_TIMEOUT: '10' };
  try {
    await client.query(`CREATE DATABASE "${database}"`);
    log(`pgbench -i -s ${scale} on ${database}`);
    const init = await capture('pgbench', ['-i', '-q', '-s', String(scale), target.toString()], { env, timeoutMs: 120_000 });
    if (init.code !== 0) return { error: `pgbench -i failed (${init.code}): ${init.stderr.trim().slice(-300)}` };
    const args = ['-c', String(clients), '-j', String(threads), '-T', String(seconds), '-b', 'tpcb-like', target.toString()];
    log(`pgbench ${args.slice(0, -1).join(' ')} (${seconds} s)`);
    const run = await capture('pgbench', args, { env, timeoutMs: (seconds + 60) * 1000 });
    if (run.code !== 0) return { error: `pgbench failed (${run.code}): ${run.stderr.trim().slice(-300)}` };
    const latency = /latency average = ([\d.]+) ms/.exec(run.stdout);
    return {
      tps: parseTps(run.stdout),
      latencyAvgMs: latency ? Number(latency[1]) : undefined,
      command: `pgbench -c ${clients} -j ${threads} -T ${seconds} -b tpcb-like (scale ${scale})`,
    };
  } catch (err) {
    return { error: err.code === 'ENOENT' ? 'pgbench is not installed (apt-get install postgresql-client)' : err.message };
  } finally {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
