import { registerAs } from '@nestjs/config';
import { IsOptional } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';
import { HttpConfig, loadHttpConfig } from '@lhasa/http';
import { CnyRateTable, parseCnyRates, parseMoney, parseRate, RETURN_WINDOW_DAYS_DEFAULT } from '@lhasa/domain';

/** A rate that applies to HS codes starting with `prefix`; the longest matching prefix wins. */
export interface HsPrefixRate {
  prefix: string;
  rate: string;
}

/** Settings of the declarations service (domain.md §6 marks the limit exception as a setting). */
export interface DeclarationsConfig {
  http: HttpConfig;
  limits: {
    /** Per transaction (goods + freight + insurance), yuan. */
    perTransaction: string;
    /** Per buyer per calendar year, including the new list, yuan. */
    annual: string;
    /** A single indivisible item over the per-transaction limit may pass at full tax (?). */
    allowSingleIndivisibleItem: boolean;
    /** Time zone whose calendar year the annual limit counts in. */
    yearTimeZone: string;
  };
  tax: {
    vatRate: string;
    vatRates: HsPrefixRate[];
    consumptionTaxRates: HsPrefixRate[];
  };
  /**
   * CNY per unit of other currencies (customs' monthly rate), the one place declarations keeps a
   * rate: an export list's value in CNY for the 5000 元 rule of 9710/9810 lists. CNY is always 1.
   */
  exchangeRates: CnyRateTable;
  returns: {
    /** A consumer return (CEB625) may be filed until this many days after the list's release. */
    windowDays: number;
  };
}

function money(text: string, name: string): string {
  try {
    parseMoney(text);
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message}`);
  }
  return text;
}

function rate(text: string, name: string): string {
  parseRate(text, name);
  return text;
}

/** Reads `{"2203": "0.10", "3303": "0.15"}` into prefix rates, longest prefix first. */
function prefixTable(text: string, name: string): HsPrefixRate[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${name} must be a JSON object of HS prefix -> rate, e.g. {"3303":"0.15"}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${name} must be a JSON object`);
  return Object.entries(parsed as Record<string, unknown>)
    .map(([prefix, value]) => {
      if (!/^\d{1,10}$/.test(prefix)) throw new Error(`${name}: "${prefix}" is not an HS code prefix (1-10 digits)`);
      return { prefix, rate: rate(String(value), `${name}.${prefix}`) };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

function bool(text: string, name: string): boolean {
  const value = text.toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`${name} must be true or false, got "${text}"`);
}

function days(text: string, name: string): number {
  if (!/^[1-9]\d{0,3}$/.test(text)) throw new Error(`${name} must be a whole number of days from 1 to 9999, got "${text}"`);
  return Number(text);
}

function timeZone(text: string, name: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: text });
  } catch {
    throw new Error(`${name} "${text}" is not an IANA time zone`);
  }
  return text;
}

/** The variables the declarations service reads (README.md "Configuration"). */
class DeclarationsEnvironment {
  @IsOptional() @Parses(money) LIMIT_PER_TRANSACTION?: string;
  @IsOptional() @Parses(money) LIMIT_ANNUAL?: string;
  @IsOptional() @Parses(bool) LIMIT_ALLOW_SINGLE_INDIVISIBLE_ITEM?: string;
  @IsOptional() @Parses(timeZone) LIMITS_YEAR_TIME_ZONE?: string;
  @IsOptional() @Parses(rate) TAX_VAT_RATE?: string;
  @IsOptional() @Parses(prefixTable) TAX_VAT_RATES_BY_HS?: string;
  @IsOptional() @Parses(prefixTable) TAX_CONSUMPTION_RATES_BY_HS?: string;
  @IsOptional() @Parses(parseCnyRates) DECLARATIONS_EXCHANGE_RATES?: string;
  @IsOptional() @Parses(days) RETURN_WINDOW_DAYS?: string;
}

/** Read once at start-up; a wrong setting stops the service instead of mis-taxing. */
export function loadDeclarationsConfig(env: NodeJS.ProcessEnv = process.env): DeclarationsConfig {
  const e = readEnvironment(DeclarationsEnvironment, env);
  return {
    http: loadHttpConfig(3001, env),
    limits: {
      perTransaction: e.LIMIT_PER_TRANSACTION ?? '5000.00',
      annual: e.LIMIT_ANNUAL ?? '26000.00',
      allowSingleIndivisibleItem: e.LIMIT_ALLOW_SINGLE_INDIVISIBLE_ITEM ? bool(e.LIMIT_ALLOW_SINGLE_INDIVISIBLE_ITEM, 'LIMIT_ALLOW_SINGLE_INDIVISIBLE_ITEM') : false,
      yearTimeZone: e.LIMITS_YEAR_TIME_ZONE ?? 'Asia/Shanghai',
    },
    tax: {
      vatRate: e.TAX_VAT_RATE ?? '0.13',
      vatRates: e.TAX_VAT_RATES_BY_HS ? prefixTable(e.TAX_VAT_RATES_BY_HS, 'TAX_VAT_RATES_BY_HS') : [],
      consumptionTaxRates: e.TAX_CONSUMPTION_RATES_BY_HS ? prefixTable(e.TAX_CONSUMPTION_RATES_BY_HS, 'TAX_CONSUMPTION_RATES_BY_HS') : [],
    },
    // DECLARATIONS_EXCHANGE_RATES="502=7.1000,300=7.8000": CEB currency code = CNY per unit.
    exchangeRates: parseCnyRates(e.DECLARATIONS_EXCHANGE_RATES ?? '', 'DECLARATIONS_EXCHANGE_RATES'),
    returns: { windowDays: e.RETURN_WINDOW_DAYS ? days(e.RETURN_WINDOW_DAYS, 'RETURN_WINDOW_DAYS') : RETURN_WINDOW_DAYS_DEFAULT },
  };
}

/** The declarations feature for `@nestjs/config`; inject with `@Inject(declarationsConfig.KEY)`. */
export const declarationsConfig = registerAs('declarations', (): DeclarationsConfig => loadDeclarationsConfig());

/** The VAT and consumption tax rates of an HS code under these settings (the one lookup filing and returns use). */
export function taxRatesFor(tax: DeclarationsConfig['tax']): (gcode: string) => { vatRate: string; consumptionTaxRate: string } {
  return (gcode) => ({
    vatRate: rateForHsCode(tax.vatRates, gcode, tax.vatRate),
    consumptionTaxRate: rateForHsCode(tax.consumptionTaxRates, gcode, '0'),
  });
}

/** The rate for an HS code from a prefix table (longest prefix first), else the fallback. */
export function rateForHsCode(table: HsPrefixRate[], gcode: string, fallback: string): string {
  return table.find((r) => gcode.startsWith(r.prefix))?.rate ?? fallback;
}
