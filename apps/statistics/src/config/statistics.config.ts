import { registerAs } from '@nestjs/config';
import { IsOptional } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';
import { HttpConfig, loadHttpConfig } from '@lhasa/http';
import { CnyRateTable, parseCnyRates, parseMoney, parseRate, Rational } from '@lhasa/domain';
import { ReturnPolicy, RETURN_POLICIES } from '../domain/return-policy';
import { Basis, BASES } from '../domain/trade-fact';
import { parsePeriod, Period } from '../domain/period';

/** Targets of the zone's 2026–2030 plan (domain.md §1) and the conversion rates to CNY. */
export interface StatisticsConfig {
  http: HttpConfig;
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
  ratesToCny: CnyRateTable;
  /** Which month a return is netted in (STATISTICS_RETURN_POLICY), stated on every figure. */
  returnPolicy: ReturnPolicy;
  /** The zone's share of the city's import + export the plan asks for (≥ 95 %). */
  cityShareTarget: PlanFraction;
  /** The turnover growth the plan asks for against the baseline period (+30 %). */
  turnoverTarget: PlanFraction;
  /** The period the turnover trend is measured against (STATISTICS_TURNOVER_BASELINE). */
  turnoverBaseline: Period;
}

/** A plan's fraction, exact, with the text it is shown as ("0.95", at least 2 decimals). */
export interface PlanFraction {
  value: Rational;
  text: string;
}

function yuan(text: string, name: string): bigint {
  try {
    const fen = parseMoney(text);
    if (fen <= 0n) throw new Error();
    return fen;
  } catch {
    throw new Error(`${name} must be a positive amount in yuan, e.g. "10000000000", got "${text}"`);
  }
}

function year(text: string, name: string): number {
  if (!/^\d{4}$/.test(text)) throw new Error(`${name} must be a 4-digit year, got "${text}"`);
  return Number(text);
}

function basis(text: string, name: string): Basis {
  const value = text.toUpperCase();
  if (!(BASES as readonly string[]).includes(value)) throw new Error(`${name} must be BORDER or RETAIL, got "${value}"`);
  return value as Basis;
}

function returnPolicy(text: string, name: string): ReturnPolicy {
  const value = text.toUpperCase();
  if (!(RETURN_POLICIES as readonly string[]).includes(value)) throw new Error(`${name} must be ${RETURN_POLICIES.join(' or ')}, got "${text}"`);
  return value as ReturnPolicy;
}

function wholeNumber(text: string, name: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number, got "${text}"`);
  return Number(text);
}

/** A decimal fraction such as "0.95" (at most 4 decimals), > 0, and ≤ 1 when `atMostOne`. */
function fraction(atMostOne: boolean) {
  return (text: string, name: string): PlanFraction => {
    const example = atMostOne ? '0.95' : '0.30';
    if (!/^\d+(\.\d{1,4})?$/.test(text)) throw new Error(`${name} must be a decimal fraction such as "${example}", got "${text}"`);
    const value = parseRate(text, name);
    if (value.num <= 0n || (atMostOne && value.num > value.den)) {
      throw new Error(`${name} must be above 0${atMostOne ? ' and at most 1' : ''}, e.g. "${example}", got "${text}"`);
    }
    const [int, frac = ''] = text.split('.');
    return { value, text: `${Number(int)}.${frac.padEnd(2, '0')}` };
  };
}
const shareFraction = fraction(true);
const growthFraction = fraction(false);

/** The variables the statistics service reads (README.md "Configuration"). */
class StatisticsEnvironment {
  @IsOptional() @Parses(yuan) STATISTICS_TARGET_YUAN?: string;
  @IsOptional() @Parses(year) STATISTICS_TARGET_YEAR?: string;
  @IsOptional() @Parses(yuan) STATISTICS_BASELINE_YUAN?: string;
  @IsOptional() @Parses(year) STATISTICS_BASELINE_YEAR?: string;
  @IsOptional() @Parses(basis) STATISTICS_TRACKER_BASIS?: string;
  @IsOptional() @Parses(wholeNumber) STATISTICS_ENTERPRISE_TARGET?: string;
  @IsOptional() @Parses(parseCnyRates) STATISTICS_RATES?: string;
  @IsOptional() @Parses(returnPolicy) STATISTICS_RETURN_POLICY?: string;
  @IsOptional() @Parses(shareFraction) STATISTICS_CITY_SHARE_TARGET?: string;
  @IsOptional() @Parses(growthFraction) STATISTICS_TURNOVER_TARGET?: string;
  @IsOptional() @Parses(parsePeriod) STATISTICS_TURNOVER_BASELINE?: string;
}

export function loadStatisticsConfig(env: NodeJS.ProcessEnv = process.env): StatisticsConfig {
  const e = readEnvironment(StatisticsEnvironment, env);
  const config: StatisticsConfig = {
    http: loadHttpConfig(3003, env),
    targetFen: yuan(e.STATISTICS_TARGET_YUAN ?? '10000000000', 'STATISTICS_TARGET_YUAN'),
    targetYear: e.STATISTICS_TARGET_YEAR ? year(e.STATISTICS_TARGET_YEAR, 'STATISTICS_TARGET_YEAR') : 2030,
    baselineFen: yuan(e.STATISTICS_BASELINE_YUAN ?? '5528000000', 'STATISTICS_BASELINE_YUAN'),
    baselineYear: e.STATISTICS_BASELINE_YEAR ? year(e.STATISTICS_BASELINE_YEAR, 'STATISTICS_BASELINE_YEAR') : 2025,
    trackerBasis: basis(e.STATISTICS_TRACKER_BASIS ?? 'BORDER', 'STATISTICS_TRACKER_BASIS'),
    enterpriseTarget: wholeNumber(e.STATISTICS_ENTERPRISE_TARGET ?? '48', 'STATISTICS_ENTERPRISE_TARGET'),
    // STATISTICS_RATES="502=7.1234,300=7.8012": CEB currency code = CNY per unit, for every month
    // without a row in the rate table (exchange_rates, loaded through the API or a file).
    ratesToCny: parseCnyRates(e.STATISTICS_RATES ?? '', 'STATISTICS_RATES'),
    returnPolicy: returnPolicy(e.STATISTICS_RETURN_POLICY ?? 'RETURN_MONTH', 'STATISTICS_RETURN_POLICY'),
    cityShareTarget: shareFraction(e.STATISTICS_CITY_SHARE_TARGET ?? '0.95', 'STATISTICS_CITY_SHARE_TARGET'),
    turnoverTarget: growthFraction(e.STATISTICS_TURNOVER_TARGET ?? '0.30', 'STATISTICS_TURNOVER_TARGET'),
    turnoverBaseline: parsePeriod(e.STATISTICS_TURNOVER_BASELINE ?? '2025', 'STATISTICS_TURNOVER_BASELINE'),
  };
  if (config.targetYear <= config.baselineYear) throw new Error('STATISTICS_TARGET_YEAR must come after STATISTICS_BASELINE_YEAR');
  return config;
}

/** The statistics feature for `@nestjs/config`; inject with `@Inject(statisticsConfig.KEY)`. */
export const statisticsConfig = registerAs('statistics', (): StatisticsConfig => loadStatisticsConfig());
