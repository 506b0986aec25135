import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';
import { HttpConfig, loadHttpConfig } from '@lhasa/http';
import { STORAGE_LIMIT_DAYS } from '../domain/lot-ageing';

/** Settings of the warehouse service; read once at start-up, a wrong value stops the start. */
export interface WarehouseConfig {
  http: HttpConfig;
  /** How often finished days are measured and published as warehouse.TurnoverMeasured; 0: never. */
  turnoverPollMs: number;
  /** The zone-wide storage limit in days, for ledgers without one of their own; null: none. */
  storageLimitDays: number | null;
}

/** A whole number of days within STORAGE_LIMIT_DAYS. */
function parseStorageLimitDays(text: string, name: string): number {
  const days = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(days >= STORAGE_LIMIT_DAYS.min && days <= STORAGE_LIMIT_DAYS.max)) {
    throw new Error(`${name} must be a whole number of days from ${STORAGE_LIMIT_DAYS.min} to ${STORAGE_LIMIT_DAYS.max}, got "${text}"`);
  }
  return days;
}

/** The variables the warehouse reads (apps/warehouse/README.md). */
class WarehouseEnvironment {
  @IsOptional() @Matches(/^\d+$/, { message: '$property must be a non-negative integer (milliseconds), got "$value"' }) WAREHOUSE_TURNOVER_POLL_MS?: string;
  @IsOptional() @Parses(parseStorageLimitDays) WAREHOUSE_STORAGE_LIMIT_DAYS?: string;
}

export function loadWarehouseConfig(env: NodeJS.ProcessEnv = process.env): WarehouseConfig {
  const e = readEnvironment(WarehouseEnvironment, env);
  return {
    http: loadHttpConfig(3002, env),
    turnoverPollMs: e.WAREHOUSE_TURNOVER_POLL_MS === undefined ? 60_000 : Number(e.WAREHOUSE_TURNOVER_POLL_MS),
    storageLimitDays: e.WAREHOUSE_STORAGE_LIMIT_DAYS === undefined ? null : parseStorageLimitDays(e.WAREHOUSE_STORAGE_LIMIT_DAYS, 'WAREHOUSE_STORAGE_LIMIT_DAYS'),
  };
}

/** The warehouse feature for `@nestjs/config`; inject with `@Inject(warehouseConfig.KEY)`. */
export const warehouseConfig = registerAs('warehouse', (): WarehouseConfig => loadWarehouseConfig());
