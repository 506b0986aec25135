#!/usr/bin/env node
// npm run migrate [service ...]: creates each service's database when missing and runs its pending
// TypeORM migrations (the services also do this when they start). Uses the same options the apps
// use (libs/persistence buildDataSourceOptions) from the build in dist/, and the same variables
// (DATABASE_URL, <SERVICE>_DATABASE_URL; the local PostgreSQL by default).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { ROOT, createLog, runMain } from './lib/util.cjs';

const require = createRequire(import.meta.url);
const log = createLog('migrate');

/** Each database and where its persistence description is built. */
const DATABASES = {
  declarations: ['apps/declarations/src/declarations.persistence.js', 'declarationsPersistence'],
  warehouse: ['apps/warehouse/src/warehouse.persistence.js', 'warehousePersistence'],
  statistics: ['apps/statistics/src/statistics.persistence.js', 'statisticsPersistence'],
  'customs-simulator': ['apps/customs-simulator/src/customs-simulator.persistence.js', 'customsSimulatorPersistence'],
  auth: ['libs/auth/src/keys/auth-data-source.js', null],
};

async function main() {
  await ensureDeps();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((n) => !DATABASES[n]);
  if (unknown.length) {
    log(`unknown service(s): ${unknown.join(', ')}; choose from ${Object.keys(DATABASES).join(', ')}`);
    return 2;
  }
  if (!existsSync(path.join(ROOT, 'dist', 'apps', 'declarations', 'src', 'declarations.persistence.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  require('reflect-metadata');
  const dist = (file) => require(path.join(ROOT, 'dist', file));
  const { buildDataSourceOptions, prepareDatabase, resolveDatabaseUrl } = dist('libs/persistence/src/index.js');
  for (const name of wanted.length ? wanted : Object.keys(DATABASES)) {
    const [file, exported] = DATABASES[name];
    const options = exported ? buildDataSourceOptions(dist(file)[exported]) : dist(file).authDataSourceOptions();
    const url = new URL(resolveDatabaseUrl(name));
    const ran = await prepareDatabase(options);
    log(`${name} (${url.pathname.slice(1)} on ${url.host}): ${ran.length ? `ran ${ran.join(', ')}` : 'up to date'}`);
  }
  return 0;
}

runMain(main);
