// A local single-node Apache Kafka (KRaft, combined broker+controller) from the Maven Central
// jars, for development and CI when KAFKA_BROKERS is not set and no Docker engine is used.
//
//   const kafka = await startLocalKafka({ log });   // { brokers: '127.0.0.1:9092', stop, reused }
//   ...
//   await kafka.stop();
//
// Layout (all under .local/kafka, git-ignored):
//   libs/            jars copied by `mvn dependency:copy-dependencies` (libs/.complete = cache marker)
//   cluster-id       the KRaft cluster id used to format the storage
//   data/            log.dirs (topic data + KRaft metadata log; meta.properties = formatted)
//   server.properties, log4j.properties, broker.log (previous run: broker.log.1), broker.pid
// A non-default KAFKA_PORT gets its own data-<port>/, server-<port>.properties, broker-<port>.log
// so two local brokers never share a data dir.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
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

export const KAFKA_VERSION = '3.9.1';
export const DEFAULT_KAFKA_PORT = 9092;
export const POM = path.join(ROOT, 'deploy', 'kafka', 'pom.xml');
export const KAFKA_DIR = path.join(LOCAL_DIR, 'kafka');
export const LIBS_DIR = path.join(KAFKA_DIR, 'libs');
const MARKER = path.join(LIBS_DIR, '.complete');

/** Ports from the environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT + 1). */
export function kafkaPorts(env = process.env) {
  const port = Number(env.KAFKA_PORT || DEFAULT_KAFKA_PORT);
  const controllerPort = Number(env.KAFKA_CONTROLLER_PORT || port + 1);
  if (!Number.isInteger(port) || !Number.isInteger(controllerPort)) {
    throw new Error(`KAFKA_PORT / KAFKA_CONTROLLER_PORT must be integers (got ${env.KAFKA_PORT}, ${env.KAFKA_CONTROLLER_PORT})`);
  }
  return { port, controllerPort };
}

/** Files of the local broker listening on `port`. */
export function kafkaPaths(port = DEFAULT_KAFKA_PORT) {
  const suffix = port === DEFAULT_KAFKA_PORT ? '' : `-${port}`;
  return {
    dir: KAFKA_DIR,
    libs: LIBS_DIR,
    dataDir: path.join(KAFKA_DIR, `data${suffix}`),
    props: path.join(KAFKA_DIR, `server${suffix}.properties`),
    log4j: path.join(KAFKA_DIR, 'log4j.properties'),
    logFile: path.join(KAFKA_DIR, `broker${suffix}.log`),
    pidFile: path.join(KAFKA_DIR, `broker${suffix}.pid`),
    clusterIdFile: path.join(KAFKA_DIR, 'cluster-id'),
  };
}

/**
 * Whether a Kafka broker answers at `brokers` ("host:port,..."): resolves the describeCluster
 * result, or null. Never throws, never logs (kafkajs' own logging is off).
 */
export async function probeKafka(brokers, { timeoutMs = 5000 } = {}) {
  const kafka = new Kafka({
    clientId: 'lhasa-infra-probe',
    brokers: String(brokers).split(',').map((b) => b.trim()).filter(Boolean),
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 3000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  let timer;
  try {
    const attempt = (async () => {
      await admin.connect();
      return await admin.describeCluster();
    })();
    attempt.catch(() => {});
    return await Promise.race([
      attempt,
      new Promise((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))),
    ]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => {});
  }
}

/** Checks that `java` (17+) is on the PATH; resolves the major version. */
export async function checkJava() {
  let result;
  try {
    result = await run('java', ['-version'], { capture: true, timeoutMs: 30_000 });
  } catch (err) {
    throw new Error(
      `Java was not found (${err.code || err.message}). The local Kafka needs Java 17+ on the PATH ` +
        '(e.g. `apt install openjdk-17-jre-headless`), or set KAFKA_BROKERS to an existing Kafka.',
    );
  }
  const text = `${result.stderr}${result.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (result.code !== 0 || !(major >= 17)) {
    throw new Error(`The local Kafka needs Java 17+; \`java -version\` said: ${text.trim().split('\n')[0]}`);
  }
  return major;
}

function pomHash() {
  return createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
}

/**
 * Makes sure the Kafka jars are in .local/kafka/libs. A marker (with the pom's hash) says the
 * copy is complete; with it present and current nothing runs. Resolves { cached: boolean }.
 */
export async function ensureKafkaJars({ log = createLog('kafka') } = {}) {
  const hash = pomHash();
  try {
    const marker = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    if (marker.pomHash === hash && fs.readdirSync(LIBS_DIR).some((f) => f.startsWith('kafka_2.13-'))) {
      return { cached: true };
    }
    log('deploy/kafka/pom.xml changed since the jars were fetched: fetching again');
  } catch {
    /* no marker: first fetch or an interrupted one */
  }
  fs.rmSync(LIBS_DIR, { recursive: true, force: true });
  fs.mkdirSync(LIBS_DIR, { recursive: true });
  log(`fetching Apache Kafka ${KAFKA_VERSION} jars from Maven Central (mvn, once) into ${path.relative(ROOT, LIBS_DIR)}`);
  const started = Date.now();
  const args = ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIBS_DIR}`];
  let result;
  try {
    result = await run('mvn', args, { capture: true });
  } catch (err) {
    throw new Error(
      `Maven (mvn) was not found (${err.code || err.message}). The local Kafka is fetched with Maven 3.8+ ` +
        'from Maven Central: install Maven, or set KAFKA_BROKERS to an existing Kafka (or use `docker compose up`).',
    );
  }
  if (result.code !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`\`mvn ${args.join(' ')}\` failed (exit ${result.code}):\n${output}`);
  }
  const jars = fs.readdirSync(LIBS_DIR).filter((f) => f.endsWith('.jar'));
  if (!jars.some((f) => f.startsWith('kafka_2.13-'))) {
    throw new Error(`mvn finished but ${LIBS_DIR} has no kafka_2.13 jar`);
  }
  fs.writeFileSync(MARKER, JSON.stringify({ pomHash: hash, kafka: KAFKA_VERSION, jars: jars.length, at: new Date().toISOString() }, null, 2));
  log(`fetched ${jars.length} jars in ${seconds(Date.now() - started)}`);
  return { cached: false };
}

/** The server.properties text for a single-node KRaft broker+controller. */
export function serverProperties({ port = DEFAULT_KAFKA_PORT, controllerPort = port + 1, dataDir }) {
  return `# Generated by scripts/lib/kafka.mjs on each start; edit the generator, not this file.
# Single-node Apache Kafka in KRaft combined mode, for development and tests.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controllerPort}
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT

log.dirs=${dataDir.split(path.sep).join('/')}
num.partitions=3
auto.create.topics.enable=true
default.replication.factor=1
min.insync.replicas=1

# one node: internal topics cannot be replicated
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10

# tests join and leave consumer groups all the time
group.initial.rebalance.delay.ms=0

# small machine
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=168
log.segment.bytes=268435456
log.retention.check.interval.ms=300000
`;
}

const LOG4J = `# Generated by scripts/lib/kafka.mjs. The broker's stdout goes to .local/kafka/broker*.log.
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka=INFO
log4j.logger.org.apache.kafka=INFO
log4j.logger.kafka.request.logger=WARN
log4j.logger.kafka.network.RequestChannel$=WARN
log4j.logger.kafka.controller=INFO
log4j.logger.kafka.log.LogCleaner=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.authorizer.logger=WARN
log4j.logger.org.apache.kafka.clients=WARN
`;

function classpath() {
  // One argument; java expands the trailing '*' itself (no shell involved).
  return `${LIBS_DIR}${path.sep}*`;
}

function clusterId(file) {
  try {
    const id = fs.readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/.test(id)) return id;
  } catch {
    /* not yet */
  }
  // A KRaft cluster id is a UUID in URL-safe base64 without padding (22 chars). One that
  // starts with '-' would be read by kafka-storage's argument parser as an option, so such
  // an id is drawn again (1 in 64 draws).
  let id;
  do id = randomBytes(16).toString('base64url');
  while (id.startsWith('-'));
  fs.writeFileSync(file, `${id}\n`);
  return id;
}

/** Formats the KRaft storage once (skipped when meta.properties exists). Resolves { formatted }. */
export async function formatStorage({ paths, log = createLog('kafka') }) {
  if (fs.existsSync(path.join(paths.dataDir, 'meta.properties'))) return { formatted: false };
  fs.mkdirSync(paths.dataDir, { recursive: true });
  const id = clusterId(paths.clusterIdFile);
  log(`formatting KRaft storage in ${path.relative(ROOT, paths.dataDir)} (cluster id ${id})`);
  const result = await run(
    'java',
    ['-Xmx256m', `-Dlog4j.configuration=file:${paths.log4j}`, '-cp', classpath(), 'kafka.tools.StorageTool', 'format', '-t', id, '-c', paths.props],
    { capture: true, timeoutMs: 120_000 },
  );
  if (result.code !== 0) {
    throw new Error(`kafka.tools.StorageTool format failed (exit ${result.code}):\n${`${result.stdout}\n${result.stderr}`.trim()}`);
  }
  return { formatted: true };
}

function jvmArgs(paths) {
  const heap = (process.env.KAFKA_HEAP_OPTS || '-Xms256m -Xmx768m').split(/\s+/).filter(Boolean);
  return [
    ...heap,
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:InitiatingHeapOccupancyPercent=35',
    '-XX:+ExplicitGCInvokesConcurrent',
    '-XX:MaxMetaspaceSize=256m',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${paths.log4j}`,
    `-Dkafka.logs.dir=${paths.dir}`,
  ];
}

function readPid(file) {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isOurBroker(pid, props) {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('kafka.Kafka') && cmdline.includes(props);
  } catch {
    return process.platform !== 'linux'; // no /proc: trust the pid file
  }
}

/**
 * Starts (or reuses) the local single-node Kafka.
 *
 * @param {object} [options]
 * @param {(msg: string) => void} [options.log]
 * @param {number} [options.port]            default KAFKA_PORT or 9092
 * @param {number} [options.controllerPort]  default KAFKA_CONTROLLER_PORT or port + 1
 * @param {number} [options.startTimeoutMs]  default 90 s
 * @returns {Promise<{ brokers: string, reused: boolean, pid?: number, logFile: string,
 *                     stop: () => Promise<void> }>}
 *   `reused`: a Kafka already answered on the port; stop() then leaves it running.
 */
export async function startLocalKafka({ log = createLog('kafka'), port, controllerPort, startTimeoutMs = 90_000 } = {}) {
  const defaults = kafkaPorts();
  port ??= defaults.port;
  controllerPort ??= port === defaults.port ? defaults.controllerPort : port + 1;
  const brokers = `127.0.0.1:${port}`;
  const paths = kafkaPaths(port);
  const reuse = (why) => {
    log(`${why}: reusing Kafka at ${brokers} (it is not ours to stop)`);
    return { brokers, reused: true, logFile: paths.logFile, stop: async () => {} };
  };

  if (await isPortOpen(port)) {
    if (await probeKafka(brokers)) {
      const pid = readPid(paths.pidFile);
      return reuse(pid && isOurBroker(pid, paths.props) ? `a local broker from another run (pid ${pid}) answers` : 'Kafka already answers');
    }
    throw new Error(
      `127.0.0.1:${port} is taken by something that does not answer as Kafka. ` +
        'Free the port, choose another with KAFKA_PORT, or point KAFKA_BROKERS at an existing Kafka.',
    );
  }

  // A broker of ours that is still starting (another script started it a moment ago)?
  const otherPid = readPid(paths.pidFile);
  if (otherPid && isOurBroker(otherPid, paths.props)) {
    log(`a local broker (pid ${otherPid}) is starting with the same data dir; waiting for it`);
    await waitFor(() => probeKafka(brokers, { timeoutMs: 3000 }), {
      timeoutMs: startTimeoutMs,
      intervalMs: 1000,
      what: `Kafka pid ${otherPid} on ${brokers}`,
      abort: () => (isAlive(otherPid) ? undefined : 'it exited'),
    });
    return reuse(`broker pid ${otherPid} is up`);
  }

  if (await isPortOpen(controllerPort)) {
    throw new Error(`the Kafka controller port 127.0.0.1:${controllerPort} is taken; set KAFKA_CONTROLLER_PORT (or KAFKA_PORT) to free ports`);
  }

  const started = Date.now();
  await checkJava();
  fs.mkdirSync(paths.dir, { recursive: true });
  const jars = await ensureKafkaJars({ log });
  fs.writeFileSync(paths.props, serverProperties({ port, controllerPort, dataDir: paths.dataDir }));
  fs.writeFileSync(paths.log4j, LOG4J);
  const { formatted } = await formatStorage({ paths, log });

  if (fs.existsSync(paths.logFile)) fs.renameSync(paths.logFile, `${paths.logFile}.1`);
  const out = fs.openSync(paths.logFile, 'a');
  const child = spawn('java', [...jvmArgs(paths), '-cp', classpath(), 'kafka.Kafka', paths.props], {
    cwd: paths.dir,
    stdio: ['ignore', out, out],
    // Own process group: a Ctrl-C in the terminal must not reach the broker before the
    // services that use it have drained; stop() stops it afterwards.
    detached: true,
  });
  fs.closeSync(out);
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  fs.writeFileSync(paths.pidFile, `${child.pid}\n`);
  let stopping = false;
  const unregister = onProcessExit(() => signalTree(child, 'SIGTERM'));
  child.once('exit', (code, signal) => {
    try {
      if (readPid(paths.pidFile) === child.pid) fs.rmSync(paths.pidFile, { force: true });
    } catch {
      /* ignore */
    }
    if (!stopping) {
      log(`!!! the local Kafka broker (pid ${child.pid}) exited unexpectedly (${signal || `code ${code}`}); see ${path.relative(ROOT, paths.logFile)}`);
    }
  });
  log(
    `starting Kafka ${KAFKA_VERSION} on ${brokers} (controller :${controllerPort}, pid ${child.pid}, ` +
      `${jars.cached ? 'cached jars' : 'fresh jars'}, ${formatted ? 'new storage' : 'existing data'}); log: ${path.relative(ROOT, paths.logFile)}`,
  );

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const t = Date.now();
    const { forced } = await stopChild(child, { timeoutMs: 30_000, group: false });
    unregister();
    log(`Kafka stopped${forced ? ' (forced with SIGKILL after 30 s)' : ''} in ${seconds(Date.now() - t)}`);
  };

  try {
    await waitFor(() => probeKafka(brokers, { timeoutMs: 3000 }), {
      timeoutMs: startTimeoutMs,
      intervalMs: 500,
      what: `Kafka on ${brokers}`,
      abort: () => (child.exitCode !== null || child.signalCode !== null ? `the broker exited (${child.signalCode || `code ${child.exitCode}`})` : undefined),
    });
  } catch (err) {
    log(`Kafka did not come up: ${err.message}`);
    log(`last lines of ${path.relative(ROOT, paths.logFile)}:\n${tailFile(paths.logFile, 40)}`);
    stopping = true;
    await stopChild(child, { timeoutMs: 10_000, group: false });
    unregister();
    throw new Error(`the local Kafka did not start: ${err.message} (see ${paths.logFile})`);
  }
  log(`Kafka is up on ${brokers} after ${seconds(Date.now() - started)}`);
  return { brokers, reused: false, pid: child.pid, logFile: paths.logFile, stop };
}

/**
 * Stops local brokers left running by a run that could not stop them (its Node process was
 * killed with SIGKILL, say): every .local/kafka/broker*.pid whose process is our kafka.Kafka.
 * Resolves the pids that were stopped.
 */
export async function stopLeftoverKafka({ log = createLog('kafka'), timeoutMs = 30_000 } = {}) {
  const stopped = [];
  let files = [];
  try {
    files = fs.readdirSync(KAFKA_DIR).filter((f) => /^broker(-\d+)?\.pid$/.test(f));
  } catch {
    return stopped;
  }
  for (const file of files) {
    const pidFile = path.join(KAFKA_DIR, file);
    const pid = readPid(pidFile);
    const props = path.join(KAFKA_DIR, file.replace(/^broker/, 'server').replace(/\.pid$/, '.properties'));
    if (!pid || !isOurBroker(pid, props)) {
      fs.rmSync(pidFile, { force: true });
      continue;
    }
    log(`stopping the local Kafka broker pid ${pid} (${file})`);
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(pidFile, { force: true });
    stopped.push(pid);
  }
  return stopped;
}
