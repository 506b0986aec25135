// Runs the four built services (dist/apps/<app>/src/main.js) as child processes. Used by
// scripts/start.mjs and by the e2e tests. CommonJS so that jest tests can require it; the ES
// module scripts import its named exports directly (import { startServices } from './services.cjs').
//
//   const { startServices } = require('../../scripts/lib/services.cjs');
//   const services = await startServices({
//     env: { KAFKA_BROKERS, DATABASE_URL },
//     ports: { declarations: 3101, warehouse: 3102, statistics: 3103, 'customs-simulator': 3104 },
//     output: 'none', logDir: '.local/logs/e2e',
//   });
//   services.urls.declarations                      // 'http://127.0.0.1:3101'
//   await services.get('warehouse').kill('SIGKILL'); // crash it
//   await services.get('warehouse').restart();      // start it again, wait for /health
//   await services.stop();                          // SIGTERM all, SIGKILL after 20 s
//   startServices({ instances: 2, ... })            // also 'declarations#2' … on port + 200
//
// Node built-ins only.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const {
  ROOT,
  color,
  createLog,
  eachLine,
  exited,
  isPortOpen,
  onProcessExit,
  seconds,
  signalTree,
  sleep,
  stopChild,
} = require('./util.cjs');

/** The services, their default ports and the variables that override the ports. */
const SERVICES = [
  { name: 'declarations', port: 3001, portVar: 'DECLARATIONS_PORT' },
  { name: 'warehouse', port: 3002, portVar: 'WAREHOUSE_PORT' },
  { name: 'statistics', port: 3003, portVar: 'STATISTICS_PORT' },
  { name: 'customs-simulator', port: 3004, portVar: 'CUSTOMS_SIMULATOR_PORT' },
];
const SERVICE_NAMES = SERVICES.map((s) => s.name);

/**
 * Instance n (n ≥ 2) of a service is named `<service>#<n>` and listens, unless its port is given,
 * on the first instance's port + INSTANCE_PORT_STEP × (n − 1): 3201–3204 for the second with the
 * default ports (clear of the e2e tests' 3101–3199).
 */
const INSTANCE_PORT_STEP = 200;

/** 'declarations#2' → { service: 'declarations', instance: 2 }; 'declarations' → instance 1. */
function parseInstanceName(name) {
  const m = /^(.+?)(?:#(\d+))?$/.exec(name);
  return { service: m[1], instance: m[2] ? Number(m[2]) : 1 };
}

/** The name of instance `n` of `service` ('declarations', 'declarations#2', …). */
function instanceName(service, n) {
  return n > 1 ? `${service}#${n}` : service;
}

/** { declarations: 3001, ... } with DECLARATIONS_PORT etc. applied from `env`. */
function servicePorts(env = process.env) {
  return Object.fromEntries(SERVICES.map((s) => [s.name, Number(env[s.portVar] || s.port)]));
}

/** Path of a service's built entry point. */
function serviceEntry(name, root = ROOT) {
  return path.join(root, 'dist', 'apps', name, 'src', 'main.js');
}

const PALETTE = [color.blue, color.magenta, color.green, color.yellow];

/** GET <url>/health → true on HTTP 200. */
async function isHealthy(url, { timeoutMs = 2000 } = {}) {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer().catch(() => {});
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * A handle on one service process. Created by startServices; `start()` is called for you.
 */
class ServiceHandle {
  constructor({ name, port, env, root, log, write, logDir, stopTimeoutMs, onExit, nodeArgs }) {
    this.name = name;
    const { service, instance } = parseInstanceName(name);
    /** The service it is an instance of, and which one (1, 2, …): same databases and consumer group. */
    this.service = service;
    this.instance = instance;
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.entry = serviceEntry(service, root);
    this.env = env;
    this.root = root;
    this.log = log;
    this.write = write;
    this.logFile = logDir ? path.join(logDir, `${name.replace('#', '-')}.log`) : undefined;
    this.stopTimeoutMs = stopTimeoutMs;
    this.onExit = onExit;
    this.nodeArgs = nodeArgs;
    this.child = undefined;
    this.healthy = false;
    this.lastExit = undefined; // { code, signal, expected }
    this.tail = [];
    this.restarts = 0;
  }

  get pid() {
    return this.child?.pid;
  }

  /** Whether the process is alive. */
  get running() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last `lines` lines the service printed (kept in memory, stdout and stderr). */
  logTail(lines = 40) {
    return this.tail.slice(-lines).join('\n');
  }

  #line(line, stream) {
    this.tail.push(line);
    if (this.tail.length > 500) this.tail.splice(0, this.tail.length - 500);
    if (this.logStream) this.logStream.write(`${line}\n`);
    this.write?.(this.name, line, stream);
  }

  /** Spawns the process (does not wait for health). Rejects if the entry is missing or the port busy. */
  async start() {
    if (this.running) throw new Error(`${this.name} is already running (pid ${this.pid})`);
    if (!fs.existsSync(this.entry)) {
      throw new Error(`${this.name}: ${path.relative(this.root, this.entry)} does not exist (did \`npm run build\` succeed?)`);
    }
    if (await isPortOpen(this.port)) {
      throw new Error(`${this.name}: port ${this.port} is already in use (another instance still running? override with its *_PORT variable)`);
    }
    if (this.logFile && !this.logStream) {
      fs.mkdirSync(path.dirname(this.logFile), { recursive: true });
      this.logStream = fs.createWriteStream(this.logFile, { flags: 'a' });
    }
    this.healthy = false;
    this.expectExit = false;
    this.logStream?.write(`--- ${new Date().toISOString()} starting ${this.name} on port ${this.port}\n`);
    const child = spawn(process.execPath, [...this.nodeArgs, this.entry], {
      cwd: this.root,
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group: Ctrl-C in the terminal reaches only the orchestrating script, which
      // stops the services first and the infrastructure after them.
      detached: true,
    });
    this.child = child;
    eachLine(child.stdout, (line) => this.#line(line, 'stdout'));
    eachLine(child.stderr, (line) => this.#line(line, 'stderr'));
    child.on('error', (err) => this.#line(`failed to spawn: ${err.message}`, 'stderr'));
    this.unregister?.();
    this.unregister = onProcessExit(() => signalTree(child, 'SIGTERM'));
    child.once('exit', (code, signal) => {
      this.healthy = false;
      const expected = !!this.expectExit;
      this.lastExit = { code, signal, expected };
      if (!expected) {
        const banner = `!!! ${this.name} (pid ${child.pid}) DIED: ${signal ? `signal ${signal}` : `exit code ${code}`} !!!`;
        this.log(color.red(color.bold(banner)));
        if (!this.write && this.tail.length) this.log(`last lines of ${this.name}:\n${this.logTail(20)}`);
      }
      this.onExit?.(this, this.lastExit);
    });
    return child;
  }

  /** Polls /health until 200. Rejects on timeout or if the process exits meanwhile. */
  async waitHealthy({ timeoutMs = 180_000, intervalMs = 500 } = {}) {
    const child = this.child;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${this.name} exited before it was healthy (${child?.signalCode || `code ${child?.exitCode}`})`);
      }
      if (await isHealthy(this.url)) {
        this.healthy = true;
        return this;
      }
      if (Date.now() >= deadline) throw new Error(`${this.name} was not healthy at ${this.url}/health after ${seconds(timeoutMs)}`);
      await sleep(intervalMs);
    }
  }

  /**
   * Graceful stop: SIGTERM to the process group, SIGKILL after `timeoutMs` (20 s).
   * Resolves { code, signal, forced } (immediately if it is not running).
   */
  async stop({ timeoutMs = this.stopTimeoutMs } = {}) {
    if (!this.running) return { ...(this.lastExit || {}), forced: false };
    this.expectExit = true;
    const { forced } = await stopChild(this.child, { timeoutMs });
    if (forced) this.log(color.yellow(`${this.name} did not stop within ${seconds(timeoutMs)}: killed`));
    this.unregister?.();
    return { code: this.child.exitCode, signal: this.child.signalCode, forced };
  }

  /**
   * Sends `signal` (default SIGKILL, i.e. a crash) and resolves { code, signal } once the process
   * is gone. The exit is reported as expected (no "DIED" banner).
   */
  async kill(signal = 'SIGKILL') {
    if (!this.running) return { ...(this.lastExit || {}) };
    this.expectExit = true;
    signalTree(this.child, signal);
    await exited(this.child);
    this.unregister?.();
    return { code: this.child.exitCode, signal: this.child.signalCode };
  }

  /** stop() if running, start again, wait for /health (unless waitHealthy: false). */
  async restart({ waitHealthy = true, timeoutMs = 180_000 } = {}) {
    await this.stop();
    // The OS may need a moment to release the port.
    const deadline = Date.now() + 5000;
    while ((await isPortOpen(this.port)) && Date.now() < deadline) await sleep(100);
    this.restarts += 1;
    await this.start();
    if (waitHealthy) await this.waitHealthy({ timeoutMs });
    return this;
  }

  /** Closes the log file (after the last stop). */
  close() {
    this.unregister?.();
    this.logStream?.end();
    this.logStream = undefined;
  }
}

/** The default output writer: "name | line", each service in its own colour. */
function prefixWriter(names) {
  const width = Math.max(...names.map((n) => n.length));
  return (name, line) => {
    const paint = PALETTE[SERVICE_NAMES.indexOf(parseInstanceName(name).service) % PALETTE.length] || color.cyan;
    process.stdout.write(`${paint(name.padEnd(width))} ${color.dim('|')} ${line}\n`);
  };
}

/**
 * Creates the handles without starting anything; `await group.start()` then does what
 * startServices does. Useful when the caller must be able to stop the group while it is still
 * starting (scripts/start.mjs on Ctrl-C). Options: see startServices.
 */
function createServices({
  env = {},
  ports = servicePorts(),
  names = SERVICE_NAMES,
  instances = 1,
  log = createLog('services'),
  output = 'prefix',
  logDir,
  waitHealthy = true,
  healthTimeoutMs = 180_000,
  failFast = true,
  stopTimeoutMs = 20_000,
  onExit,
  nodeArgs = ['--enable-source-maps'],
  root = ROOT,
} = {}) {
  for (const name of names) if (!SERVICE_NAMES.includes(name)) throw new Error(`unknown service ${name} (known: ${SERVICE_NAMES.join(', ')})`);
  if (!Number.isInteger(instances) || instances < 1) throw new Error(`instances must be a whole number ≥ 1, got ${instances}`);
  const allPorts = { ...servicePorts({}), ...ports };
  // Instance by instance, so the first instances keep the order (and the names) of one-instance runs.
  const handleNames = [];
  for (let n = 1; n <= instances; n += 1) for (const name of names) handleNames.push(instanceName(name, n));
  const portOf = (handleName) => {
    const { service, instance } = parseInstanceName(handleName);
    return Number(allPorts[handleName] ?? Number(allPorts[service]) + INSTANCE_PORT_STEP * (instance - 1));
  };
  const write = output === 'prefix' ? prefixWriter(handleNames) : typeof output === 'function' ? output : undefined;
  const list = handleNames.map(
    (name) =>
      new ServiceHandle({
        name,
        port: portOf(name),
        env,
        root,
        log,
        write,
        logDir: logDir ? path.resolve(root, logDir) : undefined,
        stopTimeoutMs,
        onExit,
        nodeArgs,
      }),
  );
  const byName = new Map(list.map((h) => [h.name, h]));
  const failures = [];

  const group = {
    list,
    get: (name) => {
      const h = byName.get(name);
      if (!h) throw new Error(`no service ${name} in this group`);
      return h;
    },
    urls: Object.fromEntries(list.map((h) => [h.name, h.url])),
    /** Every instance of `service`, first to last. */
    instancesOf: (service) => list.filter((h) => h.service === service),
    failures,
    /** Spawns every service, waits for /health (per the options); resolves the group. */
    async start() {
      const started = Date.now();
      const results = await Promise.allSettled(
        list.map(async (h) => {
          await h.start();
          log(`${h.name}: started (pid ${h.pid}) on port ${h.port}`);
          if (waitHealthy) {
            await h.waitHealthy({ timeoutMs: healthTimeoutMs });
            log(color.green(`${h.name}: healthy at ${h.url}/health after ${seconds(Date.now() - started)}`));
          }
        }),
      );
      failures.length = 0;
      results.forEach((r, i) => {
        if (r.status === 'rejected') failures.push({ name: list[i].name, error: r.reason });
      });
      if (failures.length) {
        for (const f of failures) {
          log(color.red(color.bold(`!!! ${f.error.message}`)));
          const tail = byName.get(f.name).logTail(30);
          if (tail && !write) log(`last lines of ${f.name}:\n${tail}`);
        }
        if (failFast) {
          await group.stop();
          // The caller may not show the services' output (output: 'none'): put the end of it in
          // the error, stack frames left out, so a failed test says why.
          const tails = write
            ? ''
            : failures
                .map((f) => {
                  const lines = byName.get(f.name).tail.slice(-60).filter((l) => !/^\s+at /.test(l)).slice(-15);
                  return lines.length ? `\n--- last lines of ${f.name} ---\n${lines.join('\n')}` : '';
                })
                .join('');
          const err = new Error(`services failed to start: ${failures.map((f) => f.error.message).join('; ')}${tails}`);
          err.failures = failures;
          throw err;
        }
      }
      return group;
    },
    async waitHealthy({ timeoutMs = healthTimeoutMs } = {}) {
      await Promise.all(list.filter((h) => h.running).map((h) => h.waitHealthy({ timeoutMs })));
    },
    async stop({ timeoutMs = stopTimeoutMs } = {}) {
      await Promise.all(list.map((h) => h.stop({ timeoutMs })));
      for (const h of list) h.close();
    },
    async kill(signal = 'SIGKILL') {
      await Promise.all(list.map((h) => h.kill(signal)));
      for (const h of list) h.close();
    },
  };
  return group;
}

/**
 * Starts the services and (by default) waits until each answers 200 on /health.
 *
 * @param {object} [options]
 * @param {Record<string,string>} [options.env]   added to process.env for every service
 *                                                (KAFKA_BROKERS, DATABASE_URL, ...); PORT is set per service
 * @param {Record<string,number>} [options.ports] { declarations: 3001, ... } (default: servicePorts();
 *                                                missing names get their default port)
 * @param {string[]} [options.names]              which services (default: all four)
 * @param {number} [options.instances]            how many instances of each (1); instance n ≥ 2 is
 *                                                named `<service>#<n>` (its port: `ports['<service>#<n>']`,
 *                                                else the first's + 200 × (n − 1)); all share the
 *                                                service's databases and consumer group
 * @param {(msg: string) => void} [options.log]   for the orchestration messages
 * @param {'prefix'|'none'|((name: string, line: string, stream: 'stdout'|'stderr') => void)} [options.output]
 *                                                what to do with the services' output lines ('prefix')
 * @param {string} [options.logDir]               also append each service's output to <logDir>/<name>.log
 * @param {boolean} [options.waitHealthy]         wait for /health (true)
 * @param {number} [options.healthTimeoutMs]      180 s
 * @param {boolean} [options.failFast]            true: if one fails to start or become healthy,
 *                                                stop all and reject; false: report in `failures`
 *                                                and keep the others running
 * @param {number} [options.stopTimeoutMs]        SIGTERM → SIGKILL delay for stop() (20 s)
 * @param {(handle: ServiceHandle, exit: {code:number|null, signal:string|null, expected:boolean}) => void} [options.onExit]
 * @param {string[]} [options.nodeArgs]           node flags (['--enable-source-maps'])
 * @param {string} [options.root]                 repository root
 * @returns {Promise<{
 *   list: ServiceHandle[], get: (name: string) => ServiceHandle, urls: Record<string,string>,
 *   instancesOf: (service: string) => ServiceHandle[],
 *   failures: { name: string, error: Error }[],
 *   start: () => Promise<any>,
 *   waitHealthy: (opts?: { timeoutMs?: number }) => Promise<void>,
 *   stop: (opts?: { timeoutMs?: number }) => Promise<void>,
 *   kill: (signal?: string) => Promise<void>
 * }>}
 */
async function startServices(options = {}) {
  return createServices(options).start();
}

module.exports = {
  INSTANCE_PORT_STEP,
  SERVICES,
  SERVICE_NAMES,
  ServiceHandle,
  createServices,
  instanceName,
  isHealthy,
  serviceEntry,
  servicePorts,
  startServices,
};
