// jest globalSetup of the integration and e2e projects: finds or starts Kafka and PostgreSQL the
// way docs/running.md describes (KAFKA_BROKERS / DATABASE_URL when set → Docker through
// testcontainers when an engine answers → the local scripts) and puts KAFKA_BROKERS and
// DATABASE_URL into the environment the tests inherit. So `npx jest` alone works, and
// `npm test` needs nothing around jest. Both projects name this file; the infrastructure is
// started once per jest run and stopped by infrastructure.global-teardown.mjs.
//
// For the e2e project it also makes sure the services in dist/ are built from the current
// sources (`npm test` has just built them; `npx jest` alone may not have).
import { ensureBuilt } from '../../scripts/lib/build.mjs';
import { startInfrastructure } from '../../scripts/lib/infra.mjs';
import { SERVICE_NAMES, serviceEntry } from '../../scripts/lib/services.cjs';
import { createLog, ROOT } from '../../scripts/lib/util.cjs';

const KEY = Symbol.for('lhasa.test-infrastructure');

export default async function globalSetup(_globalConfig, projectConfig) {
  if (projectConfig?.displayName?.name === 'e2e' && process.env.SKIP_BUILD !== '1') {
    for (const name of SERVICE_NAMES) ensureBuilt(serviceEntry(name).slice(ROOT.length + 1), ['apps', 'libs', 'tests/support'], 'e2e');
  }
  if (globalThis[KEY]) return;
  const log = createLog('infra');
  const infra = await startInfrastructure({ log, preferContainers: true });
  Object.assign(process.env, infra.env);
  // A Ctrl-C or SIGTERM ends jest before its globalTeardown; stop what was started here first.
  const onSignal = (signal) => {
    log(`${signal}: stopping the infrastructure`);
    infra.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  globalThis[KEY] = { infra, onSignal };
}
