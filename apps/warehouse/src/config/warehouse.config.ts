import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { readEnvironment } from '@lhasa/config';
import { HttpConfig, loadHttpConfig } from '@lhasa/http';

/** Settings of the warehouse service; read once at start-up, a wrong value stops the start. */
export interface WarehouseConfig {
  http: HttpConfig;
  /** How often finished days are measured and published as warehouse.TurnoverMeasured; 0: never. */
  turnoverPollMs: number;
}

/** The variables the warehouse reads (apps/warehouse/README.md). */
class WarehouseEnvironment {
  @IsOptional() @Matches(/^\d+$/, { message: '$property must be a non-negative integer (milliseconds), got "$value"' }) WAREHOUSE_TURNOVER_POLL_MS?: string;
}

export function loadWarehouseConfig(env: NodeJS.ProcessEnv = process.env): WarehouseConfig {
  const e = readEnvironment(WarehouseEnvironment, env);
  return { http: loadHttpConfig(3002, env), turnoverPollMs: e.WAREHOUSE_TURNOVER_POLL_MS === undefined ? 60_000 : Number(e.WAREHOUSE_TURNOVER_POLL_MS) };
}

/** The warehouse feature for `@nestjs/config`; inject with `@Inject(warehouseConfig.KEY)`. */
export const warehouseConfig = registerAs('warehouse', (): WarehouseConfig => loadWarehouseConfig());
