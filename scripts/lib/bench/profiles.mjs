// Where the time goes, for `npm run bench:flow --profile`: the services' V8 CPU profiles
// (node --cpu-prof) summarised by self time, and PostgreSQL's statement statistics of the run's
// databases. Built-ins and pg only.
import fs from 'node:fs';
import path from 'node:path';
import { round } from './stats.mjs';

/** Monotonic microseconds, the clock V8 stamps its CPU profiles with (same machine, any process). */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

const shortUrl = (url, root) => {
  if (!url) return '';
  const file = url.replace(/^file:\/\//, '');
  const rel = path.relative(root, file);
  return rel.startsWith('..') ? file : rel;
};

/**
 * Self time by function (name + file:line) of one .cpuprofile, counting only the samples inside
 * `windows` ([{ fromUs, toUs }], monotonic µs; all samples when none falls inside), top `top`.
 * Also the self time per package / area (node_modules/<pkg>, dist/apps/<app>, dist/libs/<lib>,
 * node: internals, (garbage collector), (idle) …); a native function's time goes to the area of
 * its nearest JavaScript caller, named with it ("pg (native writev)").
 */
export function summariseCpuProfile(profile, { windows = [], top = 15, root = process.cwd() } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inWindow = (t) => windows.some((w) => t >= w.fromUs && t <= w.toUs);
  const selfUs = new Map();
  let t = profile.startTime;
  let counted = 0;
  let total = 0;
  const hits = [];
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    hits.push([profile.samples[i], t, dt]);
  }
  const useWindow = windows.length > 0 && hits.some(([, at]) => inWindow(at));
  for (const [id, at, dt] of hits) {
    if (useWindow && !inWindow(at)) continue;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    total += dt;
    counted += 1;
  }
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** A native frame (writev, writeBuffer …) belongs to the nearest caller outside Node's own code. */
  const owner = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      if (f.url && !f.url.startsWith('node:')) return areaOf(f.functionName, shortUrl(f.url, root));
    }
    return undefined;
  };
  const fns = new Map();
  const areas = new Map();
  for (const [id, us] of selfUs) {
    const { callFrame: f } = byId.get(id);
    const url = shortUrl(f.url, root);
    const key = `${f.functionName || '(anonymous)'} ${url}${url ? `:${f.lineNumber + 1}` : ''}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    const area = url || f.functionName.startsWith('(') ? areaOf(f.functionName, url) : `${owner(id) ?? '(native)'} (native ${f.functionName})`;
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  const rank = (m, n = top) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: round(us / 1000, 0), share: total ? round((100 * us) / total, 1) : undefined }));
  const idleUs = [...fns.entries()].filter(([k]) => k.startsWith('(idle)')).reduce((s, [, us]) => s + us, 0);
  return {
    windowed: useWindow,
    samples: counted,
    totalMs: round(total / 1000, 0),
    busyShare: total ? round((100 * (total - idleUs)) / total, 1) : undefined,
    top: rank(fns),
    areas: rank(areas, 2 * top),
  };
}

function areaOf(fn, url) {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const m = /^dist\/(apps|libs)\/([^/]+)/.exec(url);
  if (m) return `${m[1]}/${m[2]}`;
  return url;
}

/** The .cpuprofile files in `dir` (CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile): [{ file, pid }]. */
export function readProfiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ file: path.join(dir, f), pid: Number(f.split('.')[3]) }));
}

/**
 * Statement statistics of the databases named lhasa_<ns>_*: pg_stat_statements deltas when the
 * server has it loaded (shared_preload_libraries), otherwise the cumulative views that need no
 * restart — pg_stat_database and pg_stat_user_tables deltas — and a sample of pg_stat_activity
 * every `sampleMs` (which statements are running, or waiting on what, how often), which is the
 * statement profile without the extension. start() before the load, stop() after.
 */
export async function statementStatistics({ pg, serverUrl, ns, sampleMs = 20, log }) {
  const url = (db) => {
    const u = new URL(serverUrl);
    u.pathname = `/${db}`;
    return u.toString();
  };
  const admin = new pg.Client({ connectionString: url('postgres') });
  await admin.connect();
  const preload = (await admin.query('SHOW shared_preload_libraries')).rows[0].shared_preload_libraries;
  const hasStatements = /pg_stat_statements/.test(preload);
  const pattern = `lhasa_${ns}\\_%`;
  const databases = async () => (await admin.query('SELECT oid, datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname', [pattern])).rows;
  let sampler;
  let before;
  const samples = new Map();
  let sampleCount = 0;

  const snapshot = async () => {
    const dbs = await databases();
    const db = (await admin.query(
      `SELECT datname, xact_commit, xact_rollback, blks_read, blks_hit, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted,
              blk_read_time, blk_write_time FROM pg_stat_database WHERE datname LIKE $1`,
      [pattern],
    )).rows;
    const tables = {};
    for (const { datname } of dbs) {
      const c = new pg.Client({ connectionString: url(datname) });
      try {
        await c.connect();
        tables[datname] = (await c.query(
          `SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) AS idx_scan, n_tup_ins, n_tup_upd, n_tup_del, n_tup_hot_upd, n_live_tup
             FROM pg_stat_user_tables`,
        )).rows;
      } finally {
        await c.end().catch(() => undefined);
      }
    }
    let statements = [];
    if (hasStatements) {
      statements = (await admin.query(
        `SELECT d.datname, s.queryid::text, s.query, s.calls, s.total_exec_time, s.rows
           FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname LIKE $1`,
        [pattern],
      )).rows;
    }
    return { db, tables, statements };
  };

  const sample = async () => {
    const { rows } = await admin.query(
      `SELECT datname, state, wait_event_type, wait_event, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query
         FROM pg_stat_activity WHERE datname LIKE $1 AND state <> 'idle' AND pid <> pg_backend_pid()`,
      [pattern],
    );
    sampleCount += 1;
    for (const r of rows) {
      const what = r.state === 'active' ? normalise(r.query) : `(${r.state})`;
      const key = `${r.datname}\u0000${what}\u0000${r.wait_event_type ? `${r.wait_event_type}:${r.wait_event}` : 'CPU'}`;
      samples.set(key, (samples.get(key) ?? 0) + 1);
    }
  };

  return {
    source: hasStatements ? 'pg_stat_statements' : 'pg_stat_activity samples + pg_stat_database / pg_stat_user_tables deltas (pg_stat_statements is not in shared_preload_libraries; loading it needs a server restart)',
    async start() {
      before = await snapshot();
      let stopped = false;
      const loop = (async () => {
        while (!stopped) {
          await sample().catch(() => undefined);
          await new Promise((r) => setTimeout(r, sampleMs));
        }
      })();
      sampler = async () => {
        stopped = true;
        await loop;
      };
    },
    async stop() {
      await sampler?.();
      const after = await snapshot();
      await admin.end().catch(() => undefined);
      return summariseStatements({ before, after, samples, sampleCount, sampleMs, ns, hasStatements, log });
    },
  };
}

/** Literals out, so one statement shape is counted once. */
function normalise(query) {
  return query
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+\b/g, '?')
    .replace(/\$\d+/g, '$n')
    .trim();
}

const serviceOf = (datname, ns) => datname.replace(`lhasa_${ns}_`, '');
const num = (v) => Number(v ?? 0);

function summariseStatements({ before, after, samples, sampleCount, sampleMs, ns, hasStatements }) {
  const perDatabase = {};
  for (const a of after.db) {
    const b = before.db.find((x) => x.datname === a.datname) ?? {};
    const d = (k) => num(a[k]) - num(b[k]);
    perDatabase[serviceOf(a.datname, ns)] = {
      commits: d('xact_commit'),
      rollbacks: d('xact_rollback'),
      rowsInserted: d('tup_inserted'),
      rowsUpdated: d('tup_updated'),
      rowsDeleted: d('tup_deleted'),
      rowsFetched: d('tup_fetched'),
      rowsReturned: d('tup_returned'),
      blocksHit: d('blks_hit'),
      blocksRead: d('blks_read'),
    };
  }
  const tables = {};
  for (const [datname, rows] of Object.entries(after.tables)) {
    const was = before.tables[datname] ?? [];
    tables[serviceOf(datname, ns)] = rows
      .map((r) => {
        const b = was.find((x) => x.relname === r.relname) ?? {};
        const d = (k) => num(r[k]) - num(b[k]);
        return { table: r.relname, seqScans: d('seq_scan'), seqRowsRead: d('seq_tup_read'), indexScans: d('idx_scan'), inserted: d('n_tup_ins'), updated: d('n_tup_upd'), hotUpdated: d('n_tup_hot_upd'), deleted: d('n_tup_del'), liveRows: num(r.n_live_tup) };
      })
      .filter((r) => r.seqScans + r.indexScans + r.inserted + r.updated + r.deleted > 0)
      .sort((x, y) => y.inserted + y.updated + y.deleted + y.indexScans - (x.inserted + x.updated + x.deleted + x.indexScans))
      .slice(0, 10);
  }
  // Samples: how many backends of each service were busy with what, on average.
  const active = {};
  for (const [key, count] of samples) {
    const [datname, query, wait] = key.split('\u0000');
    const service = serviceOf(datname, ns);
    (active[service] ??= []).push({ query, wait, samples: count });
  }
  const activity = {};
  for (const [service, rows] of Object.entries(active)) {
    // "idle in transaction": the backend holds a transaction open and waits for the service
    // (its next statement or COMMIT) — time spent in the service, not in PostgreSQL.
    const total = rows.reduce((s, r) => s + r.samples, 0);
    const running = rows.filter((r) => !r.query.startsWith('('));
    const runningTotal = running.reduce((s, r) => s + r.samples, 0);
    activity[service] = {
      openTransactionsAverage: sampleCount ? round(total / sampleCount, 2) : undefined,
      runningStatementsAverage: sampleCount ? round(runningTotal / sampleCount, 2) : undefined,
      idleInTransactionShare: total ? round((100 * (total - runningTotal)) / total, 1) : undefined,
      top: running
        .sort((a, b) => b.samples - a.samples)
        .slice(0, 12)
        .map((r) => ({ ...r, share: round((100 * r.samples) / runningTotal, 1) })),
    };
  }
  let statements;
  if (hasStatements) {
    statements = {};
    for (const a of after.statements) {
      const b = before.statements.find((x) => x.datname === a.datname && x.queryid === a.queryid) ?? {};
      const service = serviceOf(a.datname, ns);
      (statements[service] ??= []).push({ query: a.query.slice(0, 200), calls: num(a.calls) - num(b.calls), totalMs: round(num(a.total_exec_time) - num(b.total_exec_time), 1) });
    }
    for (const s of Object.keys(statements)) statements[s] = statements[s].sort((x, y) => y.totalMs - x.totalMs).slice(0, 12);
  }
  return { sampleEveryMs: sampleMs, samples: sampleCount, perDatabase, tables, activity, statements };
}
