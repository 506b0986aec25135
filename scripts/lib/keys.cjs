// Issues API keys for scripts (the demo, the end-to-end tests) through the auth library's own
// code in dist/, the same code the `npm run keys` admin command runs.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const AUTH = path.join(ROOT, 'dist', 'libs', 'auth', 'src', 'issue-key.js');

function authLibrary() {
  if (!existsSync(AUTH)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  return require(AUTH);
}

/** The keys one run of the 1210 story needs, one per party, issued in one connection. */
async function issueKeys(parties, label, runtime = {}) {
  const env = { ...process.env, ...(runtime.env || {}) };
  const wanted = {
    admin: { role: 'admin', name: `${label} admin` },
    operator: { role: 'operator', enterpriseCode: parties.operator, name: `${label} warehouse operator` },
    ebc: { role: 'enterprise', enterpriseCode: parties.ebc, name: `${label} e-commerce company` },
    ebp: { role: 'enterprise', enterpriseCode: parties.ebp, name: `${label} platform` },
    pay: { role: 'enterprise', enterpriseCode: parties.pay, name: `${label} payment company` },
    logistics: { role: 'enterprise', enterpriseCode: parties.logistics, name: `${label} logistics company` },
    agent: { role: 'enterprise', enterpriseCode: parties.agent, name: `${label} declaration agent` },
    bureau: { role: 'bureau', name: `${label} commerce bureau` },
  };
  return authLibrary().withApiKeyStore(async (store) => {
    const keys = {};
    for (const [who, input] of Object.entries(wanted)) keys[who] = (await store.issue(input)).key;
    return keys;
  }, env);
}

module.exports = { issueKeys };
