// What a running system looks like from outside: where its services listen and how to reach its
// infrastructure. `npm start` writes .local/runtime.json; the demo and tools read it.
import fs from 'node:fs';
import path from 'node:path';
import { servicePorts } from './services.cjs';
import { LOCAL_DIR } from './util.cjs';

export const RUNTIME_FILE = path.join(LOCAL_DIR, 'runtime.json');

/**
 * Records the running system, owned by the process `pid` that started it. `ports`: the first
 * instance of each service; `instances` (with `npm start -- --instances N`): every instance's port.
 */
export function writeRuntime({ env, ports, instances, pid }) {
  fs.mkdirSync(path.dirname(RUNTIME_FILE), { recursive: true });
  fs.writeFileSync(RUNTIME_FILE, JSON.stringify({ env, ports, ...(instances ? { instances } : {}), pid, startedAt: new Date().toISOString() }, null, 2));
}

/** Removes the record if `pid` wrote it. */
export function removeRuntime(pid) {
  try {
    if (JSON.parse(fs.readFileSync(RUNTIME_FILE, 'utf8')).pid === pid) fs.rmSync(RUNTIME_FILE, { force: true });
  } catch {
    /* not there or not ours */
  }
}

/** The running system's env and ports; the defaults (and the current env) when none is recorded. */
export function readRuntime() {
  try {
    return JSON.parse(fs.readFileSync(RUNTIME_FILE, 'utf8'));
  } catch {
    return { env: {}, ports: servicePorts() };
  }
}

export function serviceUrls(runtime) {
  const ports = { ...servicePorts(), ...(runtime.ports || {}) };
  const url = (name) => `http://127.0.0.1:${ports[name]}`;
  return { declarations: url('declarations'), warehouse: url('warehouse'), statistics: url('statistics'), simulator: url('customs-simulator') };
}
