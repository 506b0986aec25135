/** One dependency a service needs to serve traffic; `check` rejects when it is not usable. */
export interface HealthIndicator {
  readonly name: string;
  check(): Promise<void>;
}

/** DI token for the extra indicators a service contributes (e.g. Kafka from libs/messaging). */
export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');
/** DI token for the service name reported by /health. */
export const HEALTH_SERVICE_NAME = Symbol('HEALTH_SERVICE_NAME');
