// Small helpers shared by the orchestration scripts. Node built-ins only, so this module can be
// loaded before node_modules exists. CommonJS so that jest tests can require what builds on it
// (services.cjs); the ES module scripts import its named exports directly.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

/** Repository root (scripts/lib/../..). */
const ROOT = path.resolve(__dirname, '..', '..');
/** Git-ignored folder for caches, data and logs of the local infrastructure. */
const LOCAL_DIR = process.env.LHASA_LOCAL_DIR
  ? path.resolve(process.env.LHASA_LOCAL_DIR)
  : path.join(ROOT, '.local');

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (s) => (useColor ? `\u001b[${code}m${s}\u001b[0m` : String(s));
const color = {
  bold: paint('1'),
  dim: paint('2'),
  red: paint('31'),
  green: paint('32'),
  yellow: paint('33'),
  blue: paint('34'),
  magenta: paint('35'),
  cyan: paint('36'),
};

/** A logger that prefixes lines with a tag, e.g. createLog('infra')('started') → "[infra] started". */
function createLog(tag) {
  return (...args) => {
    const text = args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' ');
    for (const line of text.split('\n')) console.log(`${color.cyan(`[${tag}]`)} ${line}`);
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Formats milliseconds as "1.2 s". */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs a command to completion with inherited stdio (or captured with { capture: true }).
 * Resolves { code, signal, stdout, stderr }; never rejects on a non-zero exit, only when the
 * command cannot be started at all (e.g. ENOENT).
 */
function run(cmd, args = [], { cwd = ROOT, env = process.env, capture = false, timeoutMs } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let stdout = '';
    let stderr = '';
    if (capture) {
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
    }
    let timer;
    if (timeoutMs) timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Whether something accepts TCP connections on host:port. */
function isPortOpen(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `check` (async, returns truthy when ready) every `intervalMs` until it succeeds or
 * `timeoutMs` passes. `abort()` (optional) is called each round; if it returns a string the wait
 * fails at once with that message (e.g. "the process exited").
 */
async function waitFor(check, { timeoutMs = 60_000, intervalMs = 500, what = 'condition', abort } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    const reason = abort?.();
    if (reason) throw new Error(`${what}: ${reason}`);
    try {
      const result = await check();
      if (result) return result;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${seconds(timeoutMs)} waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await sleep(intervalMs);
  }
}

/** Last `lines` lines of a text file ('' if it does not exist). */
function tailFile(file, lines = 40) {
  try {
    const size = fs.statSync(file).size;
    const length = Math.min(size, 64 * 1024);
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(length);
    fs.readSync(fd, buf, 0, length, size - length);
    fs.closeSync(fd);
    return buf.toString('utf8').split('\n').slice(-lines - 1).join('\n').trimEnd();
  } catch {
    return '';
  }
}

/** Whether a pid is alive (signal 0). */
function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * Sends a signal to a child started with `detached: true` (its own process group) so that
 * anything it spawned gets it too; falls back to the pid alone.
 */
function signalTree(child, signal, { group = true } = {}) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return false;
  try {
    if (group && process.platform !== 'win32') process.kill(-child.pid, signal);
    else child.kill(signal);
    return true;
  } catch {
    try {
      return child.kill(signal);
    } catch {
      return false;
    }
  }
}

/** Resolves when the child process has exited (at once if it already has). */
function exited(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Stops a child: SIGTERM (to its process group unless group: false), waits up to `timeoutMs`,
 * then SIGKILL (to the group).
 * Resolves { forced } once it is gone.
 */
async function stopChild(child, { timeoutMs = 20_000, signal = 'SIGTERM', group = true } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return { forced: false };
  signalTree(child, signal, { group });
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
  const forced = await Promise.race([exited(child).then(() => false), timedOut]);
  clearTimeout(timer);
  if (forced) {
    signalTree(child, 'SIGKILL');
    await exited(child);
  }
  return { forced };
}

/**
 * Calls `onLine(line)` for each complete line of a readable stream (the last partial line is
 * flushed at end).
 */
function eachLine(stream, onLine) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    let index;
    while ((index = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, index).replace(/\r$/, ''));
      buffer = buffer.slice(index + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
    buffer = '';
  });
}

/**
 * Registers a last-resort synchronous cleanup for when the Node process exits without having
 * stopped its children (an exception, process.exit elsewhere). Returns an unregister function.
 */
function onProcessExit(fn) {
  const handler = () => {
    try {
      fn();
    } catch {
      /* best effort */
    }
  };
  process.on('exit', handler);
  return () => process.off('exit', handler);
}

/** A promise that never settles and keeps the event loop alive (until process.exit). */
function forever() {
  setInterval(() => {}, 1 << 30);
  return new Promise(() => {});
}

/** Runs a script's main(): exits with the code it resolves to, or 1 with the error printed. */
function runMain(main, onError = (err) => console.error(err)) {
  main().then(
    (code) => process.exit(code ?? 0),
    (err) => {
      onError(err);
      process.exit(1);
    },
  );
}

module.exports = {
  forever,
  runMain,
  ROOT,
  LOCAL_DIR,
  color,
  createLog,
  sleep,
  seconds,
  run,
  isPortOpen,
  freePort,
  waitFor,
  tailFile,
  isAlive,
  signalTree,
  exited,
  stopChild,
  eachLine,
  onProcessExit,
};
