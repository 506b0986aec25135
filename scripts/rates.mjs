#!/usr/bin/env node
// npm run rates -- <file.csv>: loads exchange rates into the statistics service's rate table
// (POST /statistics/rates, the same code as the API: all lines or none), which converts at once
// the facts of each currency and month pending conversion. The file is UTF-8 CSV with the header
// currency,month,rate,source (a BOM tolerated), read by the service's own rules
// (apps/statistics/src/domain/exchange-rates.ts), so a bad line is named before anything is sent.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { withAdminKey } from './lib/admin-key.mjs';
import { ensureBuilt } from './lib/build.mjs';
import { runMain } from './lib/util.cjs';

const require = createRequire(import.meta.url);
const { servicePorts } = require('./lib/services.cjs');

const USAGE = `Usage:
  npm run rates -- <file.csv> [--key <bureau or admin key>] [--check]

The file: UTF-8 CSV, header currency,month,rate,source; e.g.
  currency,month,rate,source
  502,2026-05,7.1234,CUSTOMS_MONTHLY
currency is the CEB code (502 USD, 300 EUR, ...), month yyyy-MM, rate CNY per unit (at most 6 decimals),
source free text (empty: FILE). --check reads the file and sends nothing.
The service is http://127.0.0.1:$STATISTICS_PORT (default 3003). The key is --key or LHASA_ADMIN_KEY;
without one a temporary admin key is issued and revoked (its id is what the table records as loadedBy).`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { key: { type: 'string' }, check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const [file] = positionals;
  if (values.help || !file) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!fs.existsSync(file)) return usage(`no file ${file}`);
  const rules = require(ensureBuilt('dist/apps/statistics/src/domain/exchange-rates.js', ['apps/statistics/src/domain', 'libs/domain/src'], 'rates'));
  let rates;
  try {
    rates = rules.parseRatesCsv(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`rates: ${file}: ${error.code ? `${error.code} ` : ''}${error.message}`);
    return 1;
  }
  if (!rates.length) return usage(`${file} has no rates under its header`);
  if (values.check) {
    console.log(`${file}: ${rates.length} rate(s), all well-formed`);
    return 0;
  }
  const url = `http://127.0.0.1:${servicePorts().statistics}/statistics/rates`;
  return withAdminKey(values.key ?? process.env.LHASA_ADMIN_KEY, 'rates', async (key) => {
    const res = await fetch(url, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify({ rates }) }).catch((error) => {
      throw new Error(`statistics at ${url} does not answer (${error.cause?.code ?? error.message}); is it running?`);
    });
    const body = await res.json().catch(() => ({}));
    if (res.status !== 200) {
      console.error(`rates: ${res.status} ${body.code ?? ''} ${body.field ? `(${body.field}) ` : ''}${body.message ?? ''} — nothing was loaded`);
      return 1;
    }
    for (const r of body.rates) console.log(`${r.currency} ${r.month} ${r.rate.padEnd(10)} ${r.source.padEnd(16)} ${r.outcome.padEnd(9)} ${r.converted} fact(s) converted`);
    return 0;
  });
}

function usage(message) {
  console.error(`rates: ${message}\n\n${USAGE}`);
  return 2;
}

runMain(main, (error) => console.error(`rates: ${error.message}`));
