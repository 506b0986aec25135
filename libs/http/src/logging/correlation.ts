import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The flow's correlation id for whatever runs now: an HTTP request (its `x-correlation-id`, or a
 * fresh one) or a Kafka message (its envelope's correlationId). Logs carry it, and events
 * published meanwhile inherit it, so one id follows a flow across services.
 */
const storage = new AsyncLocalStorage<string>();

export const CORRELATION_HEADER = 'x-correlation-id';

export function withCorrelation<T>(correlationId: string, run: () => T): T {
  return storage.run(correlationId, run);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore();
}

/** A caller's correlation id is kept when it is a plain token (≤ 100 of [A-Za-z0-9._:-]); anything else is replaced. */
export function acceptableCorrelationId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(value) ? value : undefined;
}
