#!/usr/bin/env node
// npm test [unit|integration|e2e|pages] [-- extra jest args]
//
//   npm test                    type check + lint + layer rules, build, then unit + integration + e2e + pages (jest --runInBand)
//   npm run test:unit           unit only: no build, no infrastructure
//   npm run test:integration    integration only (infrastructure, no build)
//   npm run test:e2e            e2e only (build + infrastructure; the e2e tests start dist/ services)
//   npm run test:pages          pages only: the dashboard in headless Chromium (infrastructure; Chromium
//                               is found or installed first, see scripts/lib/chromium.mjs)
//   node scripts/test.mjs e2e -t "1210 import"   extra arguments go to jest
//
// Infrastructure for tests is found or started by jest itself (globalSetup in jest.config.js):
// KAFKA_BROKERS / DATABASE_URL when set → Docker (testcontainers) when `docker info` answers →
// the local scripts (see docs/running.md). The exit code is jest's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { LOCAL_DIR, ROOT, color, createLog, run, seconds, runMain } from './lib/util.cjs';

const log = createLog('test');
const LEVELS = ['unit', 'integration', 'e2e', 'pages'];

function parseArgs(argv) {
  const levels = [];
  const jestArgs = [];
  for (const arg of argv) {
    if (LEVELS.includes(arg) && jestArgs.length === 0) levels.push(arg);
    else if (arg === 'all' && jestArgs.length === 0) levels.push(...LEVELS);
    else jestArgs.push(arg);
  }
  return { levels: levels.length ? [...new Set(levels)] : LEVELS, jestArgs };
}

let jestChild;
const RESULTS = path.join(LOCAL_DIR, 'test-results', 'jest.json');

/**
 * Runs jest for the given projects; resolves its exit code. The integration and e2e projects
 * find or start Kafka and PostgreSQL themselves (jest globalSetup, tests/support/).
 */
function jest(projects, extra) {
  const ownResults = !extra.some((a) => a === '--json' || a.startsWith('--outputFile'));
  const json = ownResults ? ['--json', `--outputFile=${RESULTS}`] : [];
  fs.rmSync(RESULTS, { force: true });
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  const args = ['--selectProjects', ...projects, ...(projects.length > 1 || projects[0] !== 'unit' ? ['--runInBand'] : []), ...json, ...extra];
  log(`jest ${args.join(' ')}`);
  // jest's own bin, run directly (not through npx) so that a signal reaches jest itself.
  const bin = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  return new Promise((resolve, reject) => {
    jestChild = spawn(process.execPath, [bin, ...args], { cwd: ROOT, stdio: 'inherit' });
    jestChild.on('error', reject);
    jestChild.on('close', (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] || 0) : 1)));
  });
}

/**
 * Prints what ran per project (unit / integration / e2e / pages, told apart by file name as in
 * jest.config.js) and a plain closing line "tests: N passed, N failed[, N skipped]".
 */
function summarize(levels) {
  let results;
  try {
    results = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
  } catch {
    return;
  }
  const project = (file) =>
    /[\\/]tests[\\/]e2e[\\/]/.test(file) ? 'e2e' : /\.page-spec\.ts$/.test(file) ? 'pages' : /\.int-spec\.ts$/.test(file) ? 'integration' : 'unit';
  const per = Object.fromEntries(levels.map((l) => [l, { files: 0, passed: 0, failed: 0, skipped: 0, broken: 0 }]));
  for (const file of results.testResults || []) {
    const p = (per[project(file.name)] ??= { files: 0, passed: 0, failed: 0, skipped: 0, broken: 0 });
    p.files += 1;
    if (file.status === 'failed' && !(file.assertionResults || []).length) p.broken += 1;
    for (const a of file.assertionResults || []) {
      if (a.status === 'passed') p.passed += 1;
      else if (a.status === 'failed') p.failed += 1;
      else p.skipped += 1;
    }
  }
  for (const [name, p] of Object.entries(per)) {
    const broken = p.broken ? `, ${p.broken} file(s) failed to run` : '';
    log(`${name}: ${p.files ? `${p.files} file(s), ${p.passed} passed, ${p.failed} failed${p.skipped ? `, ${p.skipped} skipped` : ''}${broken}` : 'no test files found'}`);
  }
  const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites || 0);
  const skipped = results.numPendingTests + results.numTodoTests;
  return `tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

async function main() {
  const started = Date.now();
  const { levels, jestArgs } = parseArgs(process.argv.slice(2));
  await ensureDeps();

  if (levels.length === 1 && levels[0] === 'unit') {
    const code = await jest(['unit'], jestArgs);
    const closing = summarize(['unit']);
    if (closing) console.log(closing);
    return code;
  }

  if (levels.length === LEVELS.length) {
    // The whole suite starts with the static checks: types (tests included), lint, and the layer
    // rules (dependency-cruiser, docs/architecture.md "Layer rules"). All of them run, so one
    // report names every broken check; any failure stops the run before the tests.
    const failed = [];
    for (const [what, script] of [['type check', 'typecheck'], ['lint', 'lint:code'], ['layer rules', 'lint:layers']]) {
      const t = Date.now();
      const result = await run('npm', ['run', '--silent', script]);
      if (result.code !== 0) {
        log(color.red(`${what} failed (npm run ${script})`));
        failed.push({ what, code: result.code || 1 });
      } else log(`${what} passed in ${seconds(Date.now() - t)}`);
    }
    if (failed.length) {
      log(color.red(`${failed.map((f) => f.what).join(', ')} failed; not running the tests`));
      return failed[0].code;
    }
  }

  if (levels.includes('e2e')) {
    if (process.env.SKIP_BUILD === '1') {
      log('SKIP_BUILD=1: the e2e tests use dist/ as it is');
    } else {
      log('building (npm run build): the e2e tests run the built services');
      const t = Date.now();
      const build = await run('npm', ['run', '--silent', 'build']);
      if (build.code !== 0) {
        log(color.red(`the build failed (exit ${build.code}); not running the tests`));
        return build.code || 1;
      }
      log(`built in ${seconds(Date.now() - t)}`);
    }
  }

  // A terminal Ctrl-C reaches jest too (same process group); a SIGTERM sent to this script alone
  // is passed on. jest's globalSetup stops the infrastructure it started on either signal.
  let interrupted = false;
  const onSignal = (signal) => {
    interrupted = true;
    if (signal === 'SIGTERM') jestChild?.kill('SIGTERM');
    log(`${signal}: waiting for jest to exit`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const code = await jest(levels, jestArgs);
  const closing = summarize(levels);
  log(`${code === 0 ? color.green('tests passed') : color.red(`tests failed (jest exit ${code})`)} in ${seconds(Date.now() - started)}`);
  if (closing) console.log(closing);
  return interrupted && code === 0 ? 130 : code;
}

runMain(main);
