import { Currencies, parseMoney, parseRate, Rational } from '@lhasa/domain';
import { Basis, BASES } from '../domain/trade-fact';

/** Targets of the zone's 2026–2030 plan (domain.md §1) and the conversion rates to CNY. */
export interface StatisticsSettings {
  /** 2030 import + export target in fen (100 亿元). */
  targetFen: bigint;
  targetYear: number;
  /** 2025 actual in fen (55.28 亿元). */
  baselineFen: bigint;
  baselineYear: number;
  /** Which basis feeds the 100 亿元 tracker (domain.md §9 leaves it a setting). */
  trackerBasis: Basis;
  enterpriseTarget: number;
  /** CNY per unit of a foreign currency, by CEB currency code; CNY (142) is always 1. */
  ratesToCny: ReadonlyMap<string, { rate: Rational; text: string }>;
}

export const STATISTICS_SETTINGS = Symbol('STATISTICS_SETTINGS');

function yuan(env: NodeJS.ProcessEnv, name: string, fallback: string): bigint {
  const raw = env[name] || fallback;
  try {
    const fen = parseMoney(raw.trim());
    if (fen <= 0n) throw new Error();
    return fen;
  } catch {
    throw new Error(`${name} must be a positive amount in yuan, e.g. "10000000000", got "${raw}"`);
  }
}

function year(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{4}$/.test(raw.trim())) throw new Error(`${name} must be a 4-digit year, got "${raw}"`);
  return Number(raw);
}

/** STATISTICS_RATES="502=7.1234,300=7.8012": CEB currency code = CNY per unit (customs' monthly rate). */
function rates(raw: string | undefined): Map<string, { rate: Rational; text: string }> {
  const table = new Map<string, { rate: Rational; text: string }>([['142', { rate: { num: 1n, den: 1n }, text: '1' }]]);
  for (const pair of (raw ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [code, value] = pair.split('=').map((p) => p?.trim());
    if (!code || !value || !Currencies.isKnownCeb(code)) throw new Error(`STATISTICS_RATES: "${pair}" must be <known CEB currency code>=<CNY per unit>`);
    table.set(code, { rate: parseRate(value, `STATISTICS_RATES ${code}`), text: value });
  }
  return table;
}

export function loadStatisticsSettings(env: NodeJS.ProcessEnv = process.env): StatisticsSettings {
  const trackerBasis = (env.STATISTICS_TRACKER_BASIS || 'BORDER').toUpperCase();
  if (!(BASES as readonly string[]).includes(trackerBasis)) throw new Error(`STATISTICS_TRACKER_BASIS must be BORDER or RETAIL, got "${trackerBasis}"`);
  const enterpriseTarget = env.STATISTICS_ENTERPRISE_TARGET || '48';
  if (!/^\d+$/.test(enterpriseTarget)) throw new Error(`STATISTICS_ENTERPRISE_TARGET must be a whole number, got "${enterpriseTarget}"`);
  const settings: StatisticsSettings = {
    targetFen: yuan(env, 'STATISTICS_TARGET_YUAN', '10000000000'),
    targetYear: year(env, 'STATISTICS_TARGET_YEAR', 2030),
    baselineFen: yuan(env, 'STATISTICS_BASELINE_YUAN', '5528000000'),
    baselineYear: year(env, 'STATISTICS_BASELINE_YEAR', 2025),
    trackerBasis: trackerBasis as Basis,
    enterpriseTarget: Number(enterpriseTarget),
    ratesToCny: rates(env.STATISTICS_RATES),
  };
  if (settings.targetYear <= settings.baselineYear) throw new Error('STATISTICS_TARGET_YEAR must come after STATISTICS_BASELINE_YEAR');
  return settings;
}
