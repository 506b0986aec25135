export class SimulatedTaxRatesView {
  /** VAT rate of the CEB816 tax bill, decimal text. @example 0.13 */
  vatRate: string;
  /** Consumption tax rate, decimal text. @example 0 */
  consumptionTaxRate: string;
}

/** GET /settings: how this customs behaves (CUSTOMS_SIMULATOR_* / SIMULATOR_* variables). */
export class SettingsView {
  /** Delay between consecutive receipts of one document (120 → 399 → 500 → 800), ms. */
  stepDelayMs: number;
  /** How long an inventory list waits for its order, payment and waybill before a 100, ms. */
  partnerWaitMs: number;
  /** Probability in [0, 1] that a matched list is physically inspected (500). */
  inspectionRate: number;
  /** Probability in [0, 1] that a matched list is held (扣留, 501) after its inspection. */
  holdRate: number;
  /** Probability in [0, 1] that customs returns (退单) a verification list after its manual review. */
  verificationRejectRate: number;
  /** Seed of the inspection and hold draws and of the summary's entryId. */
  seed: string;
  /** How often due receipts are moved to the outbox, ms. */
  schedulerPollMs: number;
  /** How often lists that waited too long for partners are rejected, ms. */
  partnerSweepMs: number;
  /** Customs district used in verification-list and gate-pass numbers. @example 8800 */
  customsCode: string;
  /** Days after release within which customs accepts a consumer return (CEB625). @example 30 */
  returnWindowDays: number;
  /** The rates customs assesses the electronic tax bill (CEB816) at. */
  tax: SimulatedTaxRatesView;
}
