/** GET /settings: how this customs behaves (CUSTOMS_SIMULATOR_* / SIMULATOR_* variables). */
export class SettingsView {
  /** Delay between consecutive receipts of one document (120 → 399 → 500 → 800), ms. */
  stepDelayMs: number;
  /** How long an inventory list waits for its order, payment and waybill before a 100, ms. */
  partnerWaitMs: number;
  /** Probability in [0, 1] that a matched list is physically inspected (500). */
  inspectionRate: number;
  /** Seed of the inspection draws. */
  seed: string;
  /** How often due receipts are moved to the outbox, ms. */
  schedulerPollMs: number;
  /** How often lists that waited too long for partners are rejected, ms. */
  partnerSweepMs: number;
  /** Customs district used in verification-list and gate-pass numbers. @example 8800 */
  customsCode: string;
}
