import { registerAs } from '@nestjs/config';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { readEnvironment } from '@lhasa/config';

/**
 * Automatic exit batching: released 1210 lists are grouped onto an exit verification list (type 8)
 * once `size` of one direction await on a ledger, or the oldest has waited `maxAgeMs`. Off when
 * both are 0 (unset): operators then build exit lists by hand.
 */
export interface ExitBatchConfig {
  /** Lists per batch; 0 for no size trigger. */
  size: number;
  /** Age of the oldest waiting list that files a batch whatever its size, ms; 0 for no age trigger. */
  maxAgeMs: number;
  /** How often the batcher looks, ms. */
  pollMs: number;
  /** The truck of the gate pass issued for an approved batch; no automatic gate pass when unset. */
  vehicleNo: string | null;
}

const WHOLE = { message: '$property must be a non-negative integer, got "$value"' };

class ExitBatchEnvironment {
  @IsOptional() @Matches(/^\d+$/, WHOLE) WAREHOUSE_EXIT_BATCH_SIZE?: string;
  @IsOptional() @Matches(/^\d+$/, WHOLE) WAREHOUSE_EXIT_BATCH_MAX_AGE_MS?: string;
  @IsOptional() @Matches(/^\d+$/, WHOLE) WAREHOUSE_EXIT_BATCH_POLL_MS?: string;
  @IsOptional() @IsString() @MaxLength(32) WAREHOUSE_EXIT_BATCH_VEHICLE_NO?: string;
}

export function loadExitBatchConfig(env: NodeJS.ProcessEnv = process.env): ExitBatchConfig {
  const e = readEnvironment(ExitBatchEnvironment, env);
  const size = Number(e.WAREHOUSE_EXIT_BATCH_SIZE ?? 0);
  const maxAgeMs = Number(e.WAREHOUSE_EXIT_BATCH_MAX_AGE_MS ?? 0);
  const fallbackPoll = maxAgeMs > 0 ? Math.min(1000, Math.max(50, Math.floor(maxAgeMs / 4))) : 1000;
  return {
    size,
    maxAgeMs,
    pollMs: Math.max(20, Number(e.WAREHOUSE_EXIT_BATCH_POLL_MS ?? fallbackPoll)),
    vehicleNo: e.WAREHOUSE_EXIT_BATCH_VEHICLE_NO?.trim() || null,
  };
}

/** Whether automatic batching runs at all. */
export function exitBatchingOn(c: ExitBatchConfig): boolean {
  return c.size > 0 || c.maxAgeMs > 0;
}

export const exitBatchConfig = registerAs('warehouse-exit-batch', (): ExitBatchConfig => loadExitBatchConfig());
