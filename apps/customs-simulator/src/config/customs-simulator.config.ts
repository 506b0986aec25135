import { registerAs } from '@nestjs/config';
import { IsOptional, IsString, Matches } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';
import { HttpConfig, loadHttpConfig } from '@lhasa/http';
import { computeRetailImportTax, LHASA_CUSTOMS_DISTRICT, RETURN_WINDOW_DAYS_DEFAULT } from '@lhasa/domain';

/** How the simulated customs behaves; read once at start-up, invalid values stop the start. */
export interface CustomsSimulatorConfig {
  http: HttpConfig;
  /** Delay between consecutive receipts of one document (120 → 399 → 500 → 800). */
  stepDelayMs: number;
  /** How long an inventory list waits for its order, payment and waybill before a 100. */
  partnerWaitMs: number;
  /** Probability in [0, 1] that a matched list is physically inspected (500). */
  inspectionRate: number;
  /** Probability in [0, 1] that a matched list is held (扣留, 501) after its inspection instead of released. */
  holdRate: number;
  /** Probability in [0, 1] that customs returns (退单) a verification list (INV101) after its manual review. */
  verificationRejectRate: number;
  /** Seed of the inspection and hold draws and of the summary's entryId: the same seed and business key always draw the same. */
  seed: string;
  /** How often due receipts are moved to the outbox. */
  schedulerPollMs: number;
  /** How often lists that waited too long for partners are rejected. */
  partnerSweepMs: number;
  /** Customs district used in verification-list and gate-pass numbers when the document names none. */
  customsCode: string;
  /** Days after release within which customs accepts a consumer return (CEB625). */
  returnWindowDays: number;
  /** The rates customs assesses the electronic tax bill (CEB816) of a released import list at, decimal text. */
  tax: { vatRate: string; consumptionTaxRate: string };
}

const MILLISECONDS = { message: '$property must be a non-negative integer (milliseconds), got "$value"' };

function rate(text: string, name: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value < 0 || value > 1) throw new Error(`${name} must be a number between 0 and 1, got "${text}"`);
  return value;
}

/** A tax rate the domain's retail import tax accepts (VAT at most 1, consumption tax below 1). */
function taxRate(kind: 'vatRate' | 'consumptionTaxRate') {
  return (text: string, name: string): string => {
    try {
      computeRetailImportTax({ goodsValue: '0.00', freight: '0.00', insuredFee: '0.00', vatRate: '0', consumptionTaxRate: '0', [kind]: text });
    } catch (e) {
      throw new Error(`${name} must be a decimal rate ${kind === 'vatRate' ? 'from 0 to 1' : 'from 0 to below 1'}, e.g. "0.13", got "${text}" (${(e as Error).message})`);
    }
    return text;
  };
}

/** The variables the simulator reads (apps/customs-simulator/README.md). */
class CustomsSimulatorEnvironment {
  @IsOptional() @Matches(/^\d+$/, MILLISECONDS) SIMULATOR_STEP_DELAY_MS?: string;
  @IsOptional() @Matches(/^\d+$/, MILLISECONDS) SIMULATOR_PARTNER_WAIT_MS?: string;
  @IsOptional() @Matches(/^\d+$/, MILLISECONDS) SIMULATOR_SCHEDULER_POLL_MS?: string;
  @IsOptional() @Matches(/^\d+$/, MILLISECONDS) SIMULATOR_PARTNER_SWEEP_MS?: string;
  @IsOptional() @Parses(rate) SIMULATOR_INSPECTION_RATE?: string;
  @IsOptional() @Parses(rate) SIMULATOR_HOLD_RATE?: string;
  @IsOptional() @Parses(rate) SIMULATOR_VERIFICATION_REJECT_RATE?: string;
  @IsOptional() @Matches(/^\d+$/, { message: '$property must be a whole number of days, got "$value"' }) SIMULATOR_RETURN_WINDOW_DAYS?: string;
  @IsOptional() @Parses(taxRate('vatRate')) SIMULATOR_TAX_VAT_RATE?: string;
  @IsOptional() @Parses(taxRate('consumptionTaxRate')) SIMULATOR_TAX_CONSUMPTION_RATE?: string;
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
    holdRate: e.SIMULATOR_HOLD_RATE === undefined ? 0 : rate(e.SIMULATOR_HOLD_RATE, 'SIMULATOR_HOLD_RATE'),
    verificationRejectRate: e.SIMULATOR_VERIFICATION_REJECT_RATE === undefined ? 0 : rate(e.SIMULATOR_VERIFICATION_REJECT_RATE, 'SIMULATOR_VERIFICATION_REJECT_RATE'),
    seed: e.SIMULATOR_SEED ?? 'lhasa',
    schedulerPollMs: Math.max(10, ms(e.SIMULATOR_SCHEDULER_POLL_MS, 100)),
    partnerSweepMs: Math.max(50, ms(e.SIMULATOR_PARTNER_SWEEP_MS, 1000)),
    customsCode: e.SIMULATOR_CUSTOMS_CODE ?? LHASA_CUSTOMS_DISTRICT,
    returnWindowDays: e.SIMULATOR_RETURN_WINDOW_DAYS === undefined ? RETURN_WINDOW_DAYS_DEFAULT : Number(e.SIMULATOR_RETURN_WINDOW_DAYS),
    tax: { vatRate: e.SIMULATOR_TAX_VAT_RATE ?? '0.13', consumptionTaxRate: e.SIMULATOR_TAX_CONSUMPTION_RATE ?? '0' },
  };
}

/** The simulator feature for `@nestjs/config`; inject with `@Inject(customsSimulatorConfig.KEY)`. */
export const customsSimulatorConfig = registerAs('customs-simulator', (): CustomsSimulatorConfig => loadCustomsSimulatorConfig());
