import { registerAs } from '@nestjs/config';
import { HttpConfig, loadHttpConfig } from '@lhasa/http';

/** Settings of the warehouse service; read once at start-up, a wrong value stops the start. */
export interface WarehouseConfig {
  http: HttpConfig;
}

export function loadWarehouseConfig(env: NodeJS.ProcessEnv = process.env): WarehouseConfig {
  return { http: loadHttpConfig(3002, env) };
}

/** The warehouse feature for `@nestjs/config`; inject with `@Inject(warehouseConfig.KEY)`. */
export const warehouseConfig = registerAs('warehouse', (): WarehouseConfig => loadWarehouseConfig());
