import { registerAs } from '@nestjs/config';
import { IsOptional, IsString, Matches } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';
import { HttpConfig, loadHttpConfig } from '@lhasa/http';
import { LHASA_CUSTOMS_DISTRICT } from '@lhasa/domain';

/** How the simulated customs behaves; read once at start-up, invalid values stop the start. */
export interface CustomsSimulatorConfig {
  http: HttpConfig;
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

const MILLISECONDS = { message: '$property must be a non-negative integer (milliseconds), got "$value"' };

function rate(text: string, name: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value < 0 || value > 1) throw new Error(`${name} must be a number between 0 and 1, got "${text}"`);
  return value;
}

/** The variables the simulator reads (apps/customs-simulator/README.md). */
class CustomsSimulatorEnvironment {
  @IsOptional() @Matches(/^\d+$/, MILLISECONDS) SIMULATOR_STEP_DELAY_MS?: string;
  @IsOptional() @Matches(/^\d+$/, MILLISECONDS) SIMULATOR_PARTNER_WAIT_MS?: string;
  @IsOptional() @Matches(/^\d+$/, MILLISECONDS) SIMULATOR_SCHEDULER_POLL_MS?: string;
  @IsOptional() @Matches(/^\d+$/, MILLISECONDS) SIMULATOR_PARTNER_SWEEP_MS?: string;
  @IsOptional() @Parses(rate) SIMULATOR_INSPECTION_RATE?: string;
  @IsOptional() @IsString() SIMULATOR_SEED?: string;
  @IsOptional() @Matches(/^\d{4}$/, { message: '$property must be a 4-digit customs code, got "$value"' }) SIMULATOR_CUSTOMS_CODE?: string;
}

export function loadCustomsSimulatorConfig(env: NodeJS.ProcessEnv = process.env): CustomsSimulatorConfig {
  const e = readEnvironment(CustomsSimulatorEnvironment, env);
  const ms = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));
  return {
    http: loadHttpConfig(3004, env),
    stepDelayMs: ms(e.SIMULATOR_STEP_DELAY_MS, 300),
    partnerWaitMs: ms(e.SIMULATOR_PARTNER_WAIT_MS, 120000),
    inspectionRate: e.SIMULATOR_INSPECTION_RATE === undefined ? 0 : rate(e.SIMULATOR_INSPECTION_RATE, 'SIMULATOR_INSPECTION_RATE'),
    seed: e.SIMULATOR_SEED ?? 'lhasa',
    schedulerPollMs: Math.max(10, ms(e.SIMULATOR_SCHEDULER_POLL_MS, 100)),
    partnerSweepMs: Math.max(50, ms(e.SIMULATOR_PARTNER_SWEEP_MS, 1000)),
    customsCode: e.SIMULATOR_CUSTOMS_CODE ?? LHASA_CUSTOMS_DISTRICT,
  };
}

/** The simulator feature for `@nestjs/config`; inject with `@Inject(customsSimulatorConfig.KEY)`. */
export const customsSimulatorConfig = registerAs('customs-simulator', (): CustomsSimulatorConfig => loadCustomsSimulatorConfig());
