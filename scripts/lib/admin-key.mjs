// A temporary admin key for a script that talks to the running services (`npm run dlq`,
// `npm run rates`): issued in lhasa_auth when none is given, revoked when the work ends.
import { createRequire } from 'node:module';
import { ensureBuilt } from './build.mjs';

const require = createRequire(import.meta.url);

/** Runs `work` with the given key, or with a temporary admin key issued for it (named after `tag`) and revoked after. */
export async function withAdminKey(given, tag, work) {
  if (given) return work(given);
  const entry = ensureBuilt('dist/libs/auth/src/index.js', ['libs/auth/src', 'libs/http/src', 'libs/persistence/src'], tag);
  require('reflect-metadata');
  const { issueKey, revokeKey } = require(entry);
  const issued = await issueKey({ role: 'admin', name: `npm run ${tag} (${new Date().toISOString()})`, enterpriseCode: null });
  try {
    return await work(issued.key);
  } finally {
    await revokeKey(issued.id).catch((error) => console.error(`[${tag}] could not revoke the temporary key ${issued.prefix}: ${error.message}`));
  }
}
