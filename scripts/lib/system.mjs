// What a running system looks like from outside: where its services listen and how to reach its
// infrastructure. `npm start` writes .local/runtime.json; the demo and tools read it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNTIME_FILE = join(ROOT, '.local', 'runtime.json');

export const SERVICES = [
  { name: 'declarations', port: 3001 },
  { name: 'warehouse', port: 3002 },
  { name: 'statistics', port: 3003 },
  { name: 'customs-simulator', port: 3004 },
];

export function writeRuntime(runtime) {
  mkdirSync(dirname(RUNTIME_FILE), { recursive: true });
  writeFileSync(RUNTIME_FILE, JSON.stringify(runtime, null, 2));
}

/** The running system's env and ports; falls back to the defaults and the current env. */
export function readRuntime() {
  if (existsSync(RUNTIME_FILE)) {
    try {
      return JSON.parse(readFileSync(RUNTIME_FILE, 'utf8'));
    } catch {
      /* fall through to defaults */
    }
  }
  return { env: {}, ports: Object.fromEntries(SERVICES.map((s) => [s.name, s.port])) };
}

export function serviceUrls(runtime) {
  const port = (name, fallback) => (runtime.ports && runtime.ports[name]) || fallback;
  return {
    declarations: `http://127.0.0.1:${port('declarations', 3001)}`,
    warehouse: `http://127.0.0.1:${port('warehouse', 3002)}`,
    statistics: `http://127.0.0.1:${port('statistics', 3003)}`,
    simulator: `http://127.0.0.1:${port('customs-simulator', 3004)}`,
  };
}
