import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * Something that adds its own metrics to a service's registry (the outbox and consumers of
 * libs/messaging, an app's domain counts). Gauges it registers read their value when scraped
 * (prom-client's `collect`), so a figure is as fresh as the scrape and survives a restart.
 */
export interface MetricsCollector {
  registerMetrics(registry: Registry): void;
}

/** Request-duration buckets in seconds: from a cached read to a slow batch. */
const HTTP_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One service's Prometheus registry: process metrics (CPU, memory, event-loop lag, GC), HTTP
 * durations by route and status, and whatever its collectors add. One registry per service, not
 * prom-client's global one, so services started in one process (the e2e tests) keep theirs apart.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(
    readonly service: string,
    collectors: readonly MetricsCollector[] = [],
  ) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern (unmatched for no route) and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: HTTP_BUCKETS,
      registers: [this.registry],
    });
    for (const collector of collectors) collector.registerMetrics(this.registry);
  }

  /** Time one request: the route is the pattern that matched (`/ledgers/:emsNo`), never the raw path, so the label set stays small. */
  observeRequest(method: string, route: string | undefined, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route: route ?? 'unmatched', status: String(status) }, seconds);
  }

  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
