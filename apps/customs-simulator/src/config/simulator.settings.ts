import { LHASA_CUSTOMS_DISTRICT } from '@lhasa/domain';

/** How the simulated customs behaves; read once at start-up, invalid values stop the start. */
export interface SimulatorSettings {
  /** Delay between consecutive receipts of one document (120 → 399 → 500 → 800). */
  stepDelayMs: number;
  /** How long an inventory list waits for its order, payment and waybill before a 100. */
  partnerWaitMs: number;
  /** Probability in [0, 1] that a matched list is physically inspected (500). */
  inspectionRate: number;
  /** Seed of the inspection draws: the same seed and business key always draw the same. */
  seed: string;
  /** How often due receipts are moved to the outbox. */
  schedulerPollMs: number;
  /** How often lists that waited too long for partners are rejected. */
  partnerSweepMs: number;
  /** Customs district used in verification-list and gate-pass numbers when the document names none. */
  customsCode: string;
}

export const SIMULATOR_SETTINGS = Symbol('SIMULATOR_SETTINGS');

function nonNegativeInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`${name} must be a non-negative integer (milliseconds), got "${raw}"`);
  return Number(raw);
}

function rate(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || value < 0 || value > 1) throw new Error(`${name} must be a number between 0 and 1, got "${raw}"`);
  return value;
}

export function loadSimulatorSettings(env: NodeJS.ProcessEnv = process.env): SimulatorSettings {
  const customsCode = env.SIMULATOR_CUSTOMS_CODE || LHASA_CUSTOMS_DISTRICT;
  if (!/^\d{4}$/.test(customsCode)) throw new Error(`SIMULATOR_CUSTOMS_CODE must be a 4-digit customs code, got "${customsCode}"`);
  return {
    stepDelayMs: nonNegativeInt(env, 'SIMULATOR_STEP_DELAY_MS', 300),
    partnerWaitMs: nonNegativeInt(env, 'SIMULATOR_PARTNER_WAIT_MS', 120000),
    inspectionRate: rate(env, 'SIMULATOR_INSPECTION_RATE', 0),
    seed: env.SIMULATOR_SEED ?? 'lhasa',
    schedulerPollMs: Math.max(10, nonNegativeInt(env, 'SIMULATOR_SCHEDULER_POLL_MS', 100)),
    partnerSweepMs: Math.max(50, nonNegativeInt(env, 'SIMULATOR_PARTNER_SWEEP_MS', 1000)),
    customsCode,
  };
}
