import { parseMoney, parseRate } from '@lhasa/domain';

export const DECLARATIONS_CONFIG = Symbol('DECLARATIONS_CONFIG');

/** A rate that applies to HS codes starting with `prefix`; the longest matching prefix wins. */
export interface HsPrefixRate {
  prefix: string;
  rate: string;
}

/** Settings of the declarations service (domain.md §6 marks the limit exception as a setting). */
export interface DeclarationsConfig {
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
  /** Sender id written into the CEB XML (the DXP id of the filing system). */
  xmlSender: string;
}

function money(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim() || fallback;
  parseMoney(raw);
  return raw;
}

function rate(text: string, name: string): string {
  parseRate(text, name);
  return text;
}

/** Reads `{"2203": "0.10", "3303": "0.15"}` into prefix rates, longest prefix first. */
function prefixTable(env: NodeJS.ProcessEnv, name: string): HsPrefixRate[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
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

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

/** Read once at start-up; a wrong setting stops the service instead of mis-taxing. */
export function loadDeclarationsConfig(env: NodeJS.ProcessEnv = process.env): DeclarationsConfig {
  const yearTimeZone = env.LIMITS_YEAR_TIME_ZONE?.trim() || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone: yearTimeZone });
  } catch {
    throw new Error(`LIMITS_YEAR_TIME_ZONE "${yearTimeZone}" is not an IANA time zone`);
  }
  return {
    limits: {
      perTransaction: money(env, 'LIMIT_PER_TRANSACTION', '5000.00'),
      annual: money(env, 'LIMIT_ANNUAL', '26000.00'),
      allowSingleIndivisibleItem: bool(env, 'LIMIT_ALLOW_SINGLE_INDIVISIBLE_ITEM', false),
      yearTimeZone,
    },
    tax: {
      vatRate: rate(env.TAX_VAT_RATE?.trim() || '0.13', 'TAX_VAT_RATE'),
      vatRates: prefixTable(env, 'TAX_VAT_RATES_BY_HS'),
      consumptionTaxRates: prefixTable(env, 'TAX_CONSUMPTION_RATES_BY_HS'),
    },
    xmlSender: env.CEB_SENDER_ID?.trim() || 'DXPENT0000LHASA1',
  };
}

/** The rate for an HS code from a prefix table (longest prefix first), else the fallback. */
export function rateForHsCode(table: HsPrefixRate[], gcode: string, fallback: string): string {
  return table.find((r) => gcode.startsWith(r.prefix))?.rate ?? fallback;
}
