// jest globalTeardown: stops what infrastructure.global-setup.mjs started (nothing that was
// provided through KAFKA_BROKERS / DATABASE_URL or merely reused).
const KEY = Symbol.for('lhasa.test-infrastructure');

export default async function globalTeardown() {
  const state = globalThis[KEY];
  if (!state) return;
  delete globalThis[KEY];
  process.off('SIGINT', state.onSignal);
  process.off('SIGTERM', state.onSignal);
  await state.infra.stop();
}
