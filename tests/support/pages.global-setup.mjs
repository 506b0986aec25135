// jest globalSetup of the page-test project (tests/pages/*.page-spec.ts): makes sure a Chromium is
// there (scripts/lib/chromium.mjs: CHROMIUM_PATH, /usr/bin/chromium, or Debian's chromium and
// fonts-noto-cjk installed when we are root), hands its path and launch flags to the tests in
// CHROMIUM_PATH and CHROMIUM_ARGS (space-separated), then
// finds or starts Kafka and PostgreSQL like the integration tests do.
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/chromium.mjs';
import { createLog } from '../../scripts/lib/util.cjs';
import infrastructureSetup from './infrastructure.global-setup.mjs';

export default async function globalSetup(globalConfig, projectConfig) {
  const log = createLog('chromium');
  process.env.CHROMIUM_PATH = await ensureChromium({ log });
  process.env.CHROMIUM_ARGS = CHROMIUM_ARGS.join(' ');
  log(`page tests use ${process.env.CHROMIUM_PATH}`);
  await infrastructureSetup(globalConfig, projectConfig);
}
