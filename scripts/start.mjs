#!/usr/bin/env node
// npm start: install dependencies if needed → build → start Kafka + PostgreSQL (see
// docs/running.md) → run the four services → wait for /health → print the URLs.
// Ctrl-C (or SIGTERM): stop the services (SIGTERM, SIGKILL after 20 s), then the infrastructure.
// While it runs, .local/runtime.json says where everything is (read by `npm run demo`).
//
//   npm start
//   SKIP_BUILD=1 npm start                # use the existing dist/
//   DECLARATIONS_PORT=4001 npm start      # also WAREHOUSE_PORT, STATISTICS_PORT, CUSTOMS_SIMULATOR_PORT
//   KAFKA_BROKERS=... DATABASE_URL=... npm start
//   npm start -- --instances 2            # or LHASA_INSTANCES=2: every service twice, the second
//                                         # instance on port + 200 (3201–3204), same databases and
//                                         # consumer groups, so each group's partitions are shared
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { RUNTIME_FILE, removeRuntime, writeRuntime } from './lib/system.mjs';
import { ROOT, color, createLog, isPortOpen, run, seconds, forever, runMain } from './lib/util.cjs';

const log = createLog('start');
const startedAt = Date.now();
const RESTART_DELAY_MS = Number(process.env.RESTART_DELAY_MS || 2000);

/** How many instances of each service: `--instances N` (or `--instances=N`), else LHASA_INSTANCES, else 1. */
function instancesWanted(argv = process.argv.slice(2), env = process.env) {
  let raw = env.LHASA_INSTANCES;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--instances') raw = argv[i + 1];
    else if (argv[i].startsWith('--instances=')) raw = argv[i].slice('--instances='.length);
  }
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 9) throw new Error(`--instances / LHASA_INSTANCES must be a whole number from 1 to 9, got "${raw}"`);
  return n;
}

async function main() {
  let instances;
  try {
    instances = instancesWanted();
  } catch (err) {
    log(color.red(err.message));
    return 2;
  }
  await ensureDeps();

  if (process.env.SKIP_BUILD === '1') {
    log('SKIP_BUILD=1: not building, using dist/ as it is');
  } else {
    log('building (npm run build)');
    const t = Date.now();
    const build = await run('npm', ['run', '--silent', 'build']);
    if (build.code !== 0) {
      log(color.red(`the build failed (exit ${build.code}); fix the errors above (or run with SKIP_BUILD=1 to use an older dist/)`));
      return 1;
    }
    log(`built in ${seconds(Date.now() - t)}`);
  }

  // Imported after ensureDeps: these use pg / kafkajs.
  const { startInfrastructure } = await import('./lib/infra.mjs');
  const { createServices, servicePorts } = await import('./lib/services.cjs');

  let infraStarting; // promise, so a Ctrl-C during startup can still stop what comes up
  let services;
  let shuttingDown = false;
  const shutdown = async (why) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (services) {
      log(`${why}: stopping the services (SIGTERM, forced after 20 s)`);
      try {
        await services.stop({ timeoutMs: 20_000 });
        log('services stopped');
      } catch (err) {
        log(`stopping the services failed: ${err.message}`);
      }
    } else {
      log(`${why}: stopping`);
    }
    removeRuntime(process.pid);
    const infra = await infraStarting?.catch(() => undefined);
    if (infra) {
      log('stopping the infrastructure');
      await infra.stop();
    }
    log('bye');
    process.exit(0);
  };
  const onSignal = (signal) => {
    if (shuttingDown) {
      log(`${signal} again: still shutting down (services get 20 s before SIGKILL)`);
      return;
    }
    void shutdown(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  let infra;
  try {
    infraStarting = startInfrastructure({ log: createLog('infra') });
    infra = await infraStarting;
  } catch (err) {
    if (shuttingDown) return forever();
    log(color.red(`the infrastructure did not start: ${err.message}`));
    return 1;
  }
  if (shuttingDown) return forever(); // shutdown() exits

  /**
   * Like a process manager: a service that dies is started again after a moment, on its own
   * database and consumer group, so nothing it was doing is lost. If something else already
   * listens on its port (it was started by hand), that one is left to serve.
   */
  const superviseRestart = async (handle) => {
    await new Promise((r) => setTimeout(r, RESTART_DELAY_MS));
    if (shuttingDown || handle.running) return;
    if (await isPortOpen(handle.port)) {
      log(`${handle.name}: port ${handle.port} is served by another process now; not restarting it`);
      return;
    }
    log(`${handle.name}: starting it again`);
    try {
      await handle.restart();
      log(color.green(`${handle.name}: healthy again at ${handle.url}`));
    } catch (err) {
      log(color.red(`${handle.name}: restart failed: ${err.message}`));
    }
  };

  if (instances > 1) {
    const partitions = Number(infra.env.KAFKA_PARTITIONS || process.env.KAFKA_PARTITIONS || 3);
    log(`${instances} instances of each service, sharing its databases and consumer group (${partitions} partitions per topic)`);
    if (instances > partitions) log(color.yellow(`more instances than partitions (${partitions}): ${instances - partitions} consumer(s) per group will sit idle (KAFKA_PARTITIONS)`));
  }
  services = createServices({
    env: infra.env,
    ports: servicePorts(),
    instances,
    log: createLog('services'),
    failFast: false,
    healthTimeoutMs: 180_000,
    onExit: (handle, exit) => {
      if (!exit.expected && !shuttingDown) superviseRestart(handle);
    },
  });
  await services.start();
  if (shuttingDown) return forever();

  // Where the running system is, for `npm run demo` and the tools (scripts/lib/system.mjs).
  try {
    // With TOPIC_NAMESPACE / DATABASE_NAMESPACE set (a second system on shared servers), the tools need them too.
    const namespaces = Object.fromEntries(['TOPIC_NAMESPACE', 'DATABASE_NAMESPACE'].filter((k) => process.env[k]).map((k) => [k, process.env[k]]));
    // `ports` names the first instance of each service (what the tools call); `instances` all of them.
    const first = services.list.filter((h) => h.instance === 1);
    writeRuntime({
      env: { ...infra.env, ...namespaces },
      ports: Object.fromEntries(first.map((h) => [h.name, h.port])),
      ...(instances > 1 ? { instances: Object.fromEntries(first.map((h) => [h.name, services.instancesOf(h.name).map((i) => i.port)])) } : {}),
      pid: process.pid,
    });
  } catch (err) {
    log(`could not write ${path.relative(ROOT, RUNTIME_FILE)}: ${err.message}`);
  }

  const rows = services.list.map((h) => ({
    service: h.name,
    url: h.url,
    docs: `${h.url}/docs`,
    status: h.healthy ? color.green('healthy') : color.red(h.running ? 'NOT HEALTHY' : 'NOT RUNNING'),
  }));
  // eslint-disable-next-line no-control-regex -- strip the colour codes to measure the width
  const w = (k) => Math.max(k.length, ...rows.map((r) => r[k].replace(/\u001b\[\d+m/g, '').length));
  const line = (r) => `  ${r.service.padEnd(w('service'))}  ${r.url.padEnd(w('url'))}  ${r.docs.padEnd(w('docs'))}  ${r.status}`;
  console.log('');
  console.log(color.bold(line({ service: 'service', url: 'url', docs: 'docs', status: 'status' })));
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log(`  Kafka: ${infra.env.KAFKA_BROKERS} (${infra.sources.kafka})   PostgreSQL: ${infra.sources.postgres}`);
  const bad = services.failures.length;
  log(
    bad
      ? color.red(color.bold(`${bad} service(s) did not come up (see above); the others keep running. Ctrl-C to stop.`))
      : color.green(`all services are up after ${seconds(Date.now() - startedAt)}. Ctrl-C to stop.`),
  );
  // Keep running until a signal; services that die later are reported by startServices.
  return forever();
}

runMain(main);
