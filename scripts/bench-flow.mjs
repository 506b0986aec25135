#!/usr/bin/env node
// npm run bench:flow: the whole 1210 flow under load over HTTP, with pgbench of the same run as
// the baseline (docs/benchmarks.md "Whole flow").
//
// install dependencies if needed → build unless dist/ is fresh → Kafka + PostgreSQL (reused when
// they run on 127.0.0.1) → the services: the running ones when all four answer /health on their
// ports (.local/runtime.json says where their infrastructure is), else started like `npm start`
// does, in a namespace of their own (benchflow_<random>), with every simulator delay and rate 0 →
// pgbench → keys and a stocked ledger → closed loop (N flows, C clients) → open loop at a rate
// and/or the step curve → checks (every list released once, ledger and statistics exact) → stop
// what was started and drop its namespace → table on stdout, .local/bench/flow-results.json.
//
//   npm run bench:flow                         closed loop: 400 flows, 32 clients
//   npm run bench:flow -- --steps              also the curve: 10, 20, 40, 80 … flows/s, 10 s each, up to saturation
//   npm run bench:flow -- --profile            services started with --cpu-prof; PostgreSQL statement statistics
//   BENCH_FLOW_N=1000 BENCH_FLOW_CONCURRENCY=64 BENCH_FLOW_RATE=20 BENCH_FLOW_STEPS=5,10,20 …  (docs/benchmarks.md)
//   BENCH_FLOW_INSTANCES=2                  two instances of every service (as npm start -- --instances 2), flows spread over both declarations
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { assertLoopback, assertLoopbackUrl, buildUnlessFresh, intSetting, machine } from './lib/bench/common.mjs';
import { LOCAL_DIR, ROOT, color, createLog, seconds } from './lib/util.cjs';

const log = createLog('bench:flow');
const RESULTS = path.join(LOCAL_DIR, 'bench', 'flow-results.json');
const PROFILE_DIR = path.join(LOCAL_DIR, 'bench', 'profiles');

function listSetting(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const values = raw.split(',').map((s) => Number(s.trim()));
  if (!values.length || values.some((v) => !(v > 0))) throw new Error(`${name} must be a comma-separated list of positive numbers, got "${raw}"`);
  return values;
}

function readSettings(argv) {
  const flag = (name, envName) => argv.includes(`--${name}`) || process.env[envName] === '1';
  const rate = process.env.BENCH_FLOW_RATE ? Number(process.env.BENCH_FLOW_RATE) : undefined;
  if (rate !== undefined && !(rate > 0)) throw new Error(`BENCH_FLOW_RATE must be a positive number, got "${process.env.BENCH_FLOW_RATE}"`);
  return {
    flows: intSetting('BENCH_FLOW_N', 400, 0),
    concurrency: intSetting('BENCH_FLOW_CONCURRENCY', 32),
    rate,
    steps: argv.includes('--steps') || process.env.BENCH_FLOW_STEPS ? listSetting('BENCH_FLOW_STEPS', [10, 20, 40, 80, 160]) : [],
    stepSeconds: intSetting('BENCH_FLOW_STEP_SECONDS', 10),
    maxInFlight: intSetting('BENCH_FLOW_MAX_IN_FLIGHT', 256),
    drainSeconds: intSetting('BENCH_FLOW_DRAIN_SECONDS', 60),
    timeoutSeconds: intSetting('BENCH_FLOW_TIMEOUT_SECONDS', 900, 10),
    profile: flag('profile', 'BENCH_FLOW_PROFILE'),
    instances: intSetting('BENCH_FLOW_INSTANCES', 1),
    keep: process.env.BENCH_FLOW_KEEP === '1',
    pgbench: {
      clients: intSetting('BENCH_FLOW_PGBENCH_CLIENTS', 8),
      threads: intSetting('BENCH_FLOW_PGBENCH_THREADS', 2),
      seconds: intSetting('BENCH_FLOW_PGBENCH_SECONDS', 15, 0),
      scale: intSetting('BENCH_FLOW_PGBENCH_SCALE', 1),
    },
  };
}

/** What the started services run with: zero simulator delays and rates, unless the caller set them. */
const SIMULATOR_ZERO = {
  SIMULATOR_STEP_DELAY_MS: '0',
  SIMULATOR_INSPECTION_RATE: '0',
  SIMULATOR_HOLD_RATE: '0',
  SIMULATOR_VERIFICATION_REJECT_RATE: '0',
};

async function healthy(url) {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

const r3 = (v, base) => (v && base ? Math.round((v / base) * 1000) / 1000 : undefined);

async function main(argv) {
  await ensureDeps();
  const settings = readSettings(argv);
  if (!(await buildUnlessFresh(log))) return 1;
  const started = Date.now();

  let interrupted = false;
  const stopNow = (why) => {
    if (interrupted) return;
    interrupted = true;
    log(color.yellow(`${why}: stopping the load, then checking and cleaning up`));
  };
  process.on('SIGINT', () => stopNow('SIGINT'));
  process.on('SIGTERM', () => stopNow('SIGTERM'));
  const overall = setTimeout(() => stopNow(`BENCH_FLOW_TIMEOUT_SECONDS=${settings.timeoutSeconds} reached`), settings.timeoutSeconds * 1000);
  overall.unref();

  const { servicePorts, createServices } = await import('./lib/services.cjs');
  const { readRuntime, serviceUrls } = await import('./lib/system.mjs');
  const ports = servicePorts();
  const portUrls = serviceUrls({ ports });
  const answering = await Promise.all(Object.values(portUrls).map(healthy));
  if (answering.some(Boolean) && !answering.every(Boolean)) {
    throw new Error(`only some services answer on ${Object.values(portUrls).join(', ')}: stop them or start all (npm start), or choose other ports (DECLARATIONS_PORT …)`);
  }
  const reuse = answering.every(Boolean);

  let infra;
  let services;
  let ns;
  let env;
  if (reuse) {
    const runtime = readRuntime();
    env = {
      KAFKA_BROKERS: runtime.env?.KAFKA_BROKERS || process.env.KAFKA_BROKERS || '127.0.0.1:9092',
      DATABASE_URL: runtime.env?.DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
      ...(runtime.env?.TOPIC_NAMESPACE ? { TOPIC_NAMESPACE: runtime.env.TOPIC_NAMESPACE } : {}),
      ...(runtime.env?.DATABASE_NAMESPACE ? { DATABASE_NAMESPACE: runtime.env.DATABASE_NAMESPACE } : {}),
    };
    ns = env.DATABASE_NAMESPACE;
    log(`the services answer on their ports: using them (simulator delays are theirs: check GET ${portUrls.simulator}/settings)`);
    if (settings.profile) log(color.yellow('--profile needs services this bench starts: no CPU profiles (PostgreSQL statistics still taken)'));
  } else {
    const { startInfrastructure } = await import('./lib/infra.mjs');
    infra = await startInfrastructure({ log: createLog('infra') });
    ns = `benchflow_${randomBytes(3).toString('hex')}`;
    env = { ...infra.env, TOPIC_NAMESPACE: ns, DATABASE_NAMESPACE: ns };
  }
  assertLoopback(env);
  for (const url of Object.values(portUrls)) assertLoopbackUrl(url);
  Object.assign(process.env, env);

  const { loadProject } = await import('./lib/bench/project.mjs');
  const project = loadProject(ROOT);
  const { cleanup } = await import('./lib/bench/phases.mjs');
  const flow = await import('./lib/bench/flow.mjs');
  const { runPgbench } = await import('./lib/bench/pgbench.mjs');
  const prof = await import('./lib/bench/profiles.mjs');
  const drivers = flow.loadFlowDrivers(ROOT);
  const report = { startedAt: new Date(started).toISOString(), settings: { ...settings, namespace: ns ?? '(none)', reusedServices: reuse } };
  const loadAverages = [];
  const noteLoad = (what) => loadAverages.push({ what, at: new Date().toISOString(), loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100 });
  const windows = [];
  let watcher;
  let stages;
  let stats;
  let exitCode = 0;
  let servicePids = {};

  try {
    if (!reuse) {
      if (settings.profile) {
        fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
        fs.mkdirSync(PROFILE_DIR, { recursive: true });
      }
      services = createServices({
        env: { ...SIMULATOR_ZERO, ...pickSet(process.env, Object.keys(SIMULATOR_ZERO)), ...env },
        ports,
        instances: settings.instances,
        log: createLog('services'),
        output: 'none',
        logDir: path.join(LOCAL_DIR, 'bench', 'logs'),
        nodeArgs: ['--enable-source-maps', ...(settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [])],
      });
      log(`starting the services in namespace ${ns} (logs in ${path.relative(ROOT, path.join(LOCAL_DIR, 'bench', 'logs'))}/)`);
      await services.start();
      servicePids = Object.fromEntries(services.list.map((h) => [h.name, h.pid]));
    }
    const urls = {
      declarations: portUrls.declarations,
      warehouse: portUrls.warehouse,
      statistics: portUrls.statistics,
      simulator: portUrls.simulator,
      // Every declarations instance this bench started (BENCH_FLOW_INSTANCES), the flows spread over them.
      declarationsInstances: services ? services.instancesOf('declarations').map((h) => h.url) : [],
    };

    // Baseline first, so the two do not compete.
    noteLoad('before pgbench');
    if (settings.pgbench.seconds > 0) {
      report.pgbench = await runPgbench({
        pg: project.pg,
        serverUrl: env.DATABASE_URL,
        database: `lhasa_${ns ?? 'benchflow'}_pgbench_${randomBytes(2).toString('hex')}`,
        ...settings.pgbench,
        log,
      });
      log(report.pgbench.error ? color.red(`pgbench: ${report.pgbench.error}`) : `pgbench: ${report.pgbench.tps} TPS, latency average ${report.pgbench.latencyAvgMs} ms`);
    }
    const tps = report.pgbench?.tps;
    const pgLatency = report.pgbench?.latencyAvgMs;

    const { partiesFor, newRun, issueKeys } = drivers.saga;
    const run = newRun();
    const parties = partiesFor(run);
    const keys = await issueKeys(parties, `bench:flow ${run}`, env);
    const planned = settings.flows + (settings.rate ? Math.round(settings.rate * settings.stepSeconds) : 0) + settings.steps.reduce((s, r) => s + Math.round(r * settings.stepSeconds), 0);
    const stock = 2 * planned + 2;
    const ledger = await flow.stockLedger({ drivers, urls, keys, parties, run, stock, log });
    watcher = await flow.watchReleases(drivers);
    stages = await flow.watchStages(drivers);
    let n = 0;
    const ctx = { drivers, urls, keys, parties, run, ledger, watcher, nextN: () => ++n, interrupted: () => interrupted };
    const allFlows = [];
    const groups = [];
    stats = await prof.statementStatistics({ pg: project.pg, serverUrl: env.DATABASE_URL, ns: ns ?? '', log });
    await stats.start();
    const timed = async (label, fn) => {
      const fromUs = prof.monotonicMicros();
      const out = await fn();
      windows.push({ fromUs, toUs: prof.monotonicMicros(), phase: label });
      allFlows.push(...out.flows);
      groups.push([out.result, out.flows]);
      return out.result;
    };

    if (settings.flows > 0 && !interrupted) {
      noteLoad('before the closed loop');
      log(`closed loop: ${settings.flows} flows, ${settings.concurrency} clients`);
      report.closedLoop = await timed('closed loop', () => flow.closedLoop(ctx, { total: settings.flows, concurrency: settings.concurrency, drainMs: settings.drainSeconds * 1000 }));
      report.closedLoop.ratios = {
        documentsPerSecVsPgbenchTps: r3(report.closedLoop.documentsPerSec, tps),
        listsReleasedPerSecVsPgbenchTps: r3(report.closedLoop.listsReleasedPerSec, tps),
        p50VsPgbenchLatency: r3(report.closedLoop.p50Ms, pgLatency),
        p99VsPgbenchLatency: r3(report.closedLoop.p99Ms, pgLatency),
        maxVsPgbenchLatency: r3(report.closedLoop.maxMs, pgLatency),
      };
      // The issue's targets (for later work): released ≥ 0.1 × TPS, accepted ≥ 0.3 × TPS.
      report.closedLoop.targets = {
        listsReleasedPerSec: tps ? Math.round(tps * 0.1 * 10) / 10 : undefined,
        documentsPerSec: tps ? Math.round(tps * 0.3 * 10) / 10 : undefined,
      };
      noteLoad('after the closed loop');
      log(`closed loop: ${report.closedLoop.documentsPerSec} documents/s accepted, ${report.closedLoop.listsReleasedPerSec} lists/s released, p50 ${report.closedLoop.p50Ms} ms, p99 ${report.closedLoop.p99Ms} ms`);
    }
    const stepRates = [...(settings.rate ? [settings.rate] : []), ...settings.steps];
    report.curve = [];
    const firstP50 = () => report.curve[0]?.p50Ms;
    const statisticsGroup = project.messaging.loadMessagingConfig('statistics', process.env).kafkaGroupId;
    const { Topics, topicName } = drivers.contracts;
    for (const rate of stepRates) {
      if (interrupted) break;
      // Each step starts on a settled system: statistics (the last consumer) has caught up with the previous load.
      await drivers.testing.untilGroupCaughtUp(statisticsGroup, [topicName(Topics.declarationsEvents), topicName(Topics.warehouseEvents)], 180_000);
      log(`open loop: ${rate} flows/s for ${settings.stepSeconds} s`);
      const step = await timed(`${rate} flows/s`, () => flow.openLoopStep(ctx, { rate, seconds: settings.stepSeconds, maxInFlight: settings.maxInFlight, drainMs: settings.drainSeconds * 1000 }));
      step.loadAverage1m = Math.round(os.loadavg()[0] * 100) / 100;
      const reasons = [];
      // The backlog grows: fewer released than offered, and more than a second's worth still out at the end.
      if (step.listsReleasedPerSec < 0.9 * rate && step.backlogAtEnd > rate) reasons.push(`released ${step.listsReleasedPerSec}/s < 0.9 × offered, ${step.backlogAtEnd} lists out at the end`);
      if (step.skipped > 0) reasons.push(`${step.skipped} starts skipped (${settings.maxInFlight} flows in flight)`);
      if (report.curve.length && firstP50() && step.p50Ms > Math.max(1000, 4 * firstP50())) reasons.push(`p50 ${step.p50Ms} ms > 4 × the first step's and > 1 s`);
      step.saturated = reasons.length > 0;
      step.saturatedBecause = reasons;
      step.ratios = { documentsPerSecVsPgbenchTps: r3(step.documentsPerSec, tps), listsReleasedPerSecVsPgbenchTps: r3(step.listsReleasedPerSec, tps), p99VsPgbenchLatency: r3(step.p99Ms, pgLatency) };
      report.curve.push(step);
      log(`  ${rate} flows/s offered: ${step.documentsPerSec} documents/s, ${step.listsReleasedPerSec} lists/s released, p50 ${step.p50Ms} ms, p99 ${step.p99Ms} ms${step.saturated ? color.yellow(` — saturated: ${reasons.join('; ')}`) : ''}`);
      if (step.saturated && settings.steps.includes(rate)) break;
    }
    report.statements = { source: stats.source, ...(await stats.stop()) };
    stats = undefined;
    noteLoad('after the load');

    if (!interrupted || allFlows.some((f) => f.listId)) {
      report.checks = await flow.verify({
        drivers,
        urls,
        keys,
        parties,
        ledger,
        stock,
        flows: allFlows,
        watcher,
        statisticsGroup,
        log,
      });
      if (!report.checks.ok) exitCode = 1;
      for (const [result, flows] of groups) result.stages = await stages.breakdown(flows, parties.agent, watcher.releases);
    }
  } catch (err) {
    log(color.red(`bench:flow failed: ${err.stack ?? err.message}`));
    report.error = err.message;
    exitCode = 1;
  } finally {
    clearTimeout(overall);
    if (stats) await stats.stop().catch(() => undefined);
    await watcher?.stop().catch(() => undefined);
    await stages?.stop().catch(() => undefined);
    if (services) {
      log('stopping the services');
      await services.stop({ timeoutMs: 30_000 }).catch((err) => log(`stopping the services: ${err.message}`));
    }
    if (settings.profile && services) report.profiles = summariseProfiles(prof, servicePids, windows);
    if (!reuse && ns && !settings.keep) {
      const admin = project.kafkajs && new project.kafkajs.Kafka({ clientId: 'bench-flow-cleanup', brokers: env.KAFKA_BROKERS.split(','), logLevel: 0 }).admin();
      await admin.connect();
      await cleanup({ pg: project.pg, env, ns, admin, log }).catch((err) => log(`cleanup: ${err.message}`));
      await admin.disconnect().catch(() => undefined);
    } else if (settings.keep) {
      log(`BENCH_FLOW_KEEP=1: namespace ${ns} kept`);
    }
    await infra?.stop();
  }

  report.machine = { ...machine(infra?.sources ?? { kafka: 'reused', postgres: 'reused' }), loadAverages };
  report.finishedAt = new Date().toISOString();
  report.durationS = Math.round((Date.now() - started) / 100) / 10;
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  const { renderFlowReport } = await import('./lib/bench/flow-report.mjs');
  console.log(`\n${renderFlowReport(report)}\n`);
  log(`written to ${path.relative(ROOT, RESULTS)} in ${seconds(Date.now() - started)}`);
  return exitCode || (interrupted ? 130 : 0);
}

const pickSet = (env, names) => Object.fromEntries(names.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));

/** Each service's CPU profile, matched by pid, summarised over the load windows. */
function summariseProfiles(prof, pids, windows) {
  const files = prof.readProfiles(PROFILE_DIR);
  const out = {};
  for (const [name, pid] of Object.entries(pids)) {
    const mine = files.filter((f) => f.pid === pid);
    if (!mine.length) {
      out[name] = { error: `no .cpuprofile for pid ${pid} in ${path.relative(ROOT, PROFILE_DIR)}` };
      continue;
    }
    const file = mine[mine.length - 1].file;
    try {
      const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
      out[name] = {
        file: path.relative(ROOT, file),
        ...prof.summariseCpuProfile(profile, { windows, root: ROOT }),
        // How busy the service was in each phase (closed loop, each step).
        busyShareByPhase: Object.fromEntries(windows.map((w) => [w.phase, prof.summariseCpuProfile(profile, { windows: [w], top: 1, root: ROOT }).busyShare])),
      };
    } catch (err) {
      out[name] = { file: path.relative(ROOT, file), error: err.message };
    }
  }
  return out;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    log(color.red(`bench:flow failed: ${err.stack ?? err.message}`));
    process.exit(1);
  },
);
