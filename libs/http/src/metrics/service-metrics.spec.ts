import { Gauge, Registry } from 'prom-client';
import { MetricsCollector, ServiceMetrics } from './service-metrics';

describe('ServiceMetrics', () => {
  it('times requests by method, route pattern and status, labels them with the service, and adds its collectors', async () => {
    const collector: MetricsCollector = {
      registerMetrics: (registry: Registry) =>
        void new Gauge({ name: 'widgets_waiting', help: 'test', registers: [registry], collect() { this.set(7); } }),
    };
    const metrics = new ServiceMetrics('warehouse', [collector]);
    metrics.observeRequest('GET', '/ledgers/:emsNo', 200, 0.004);
    metrics.observeRequest('GET', '/ledgers/:emsNo', 200, 0.3);
    metrics.observeRequest('GET', undefined, 404, 0.001);
    const text = await metrics.metrics();
    expect(text).toContain('http_request_duration_seconds_count{service="warehouse",method="GET",route="/ledgers/:emsNo",status="200"} 2');
    expect(text).toContain('http_request_duration_seconds_bucket{le="0.005",service="warehouse",method="GET",route="/ledgers/:emsNo",status="200"} 1');
    expect(text).toContain('route="unmatched",status="404"');
    expect(text).toContain('widgets_waiting{service="warehouse"} 7');
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('keeps two services in one process apart', async () => {
    const a = new ServiceMetrics('a');
    const b = new ServiceMetrics('b');
    a.observeRequest('POST', '/x', 201, 0.01);
    expect(await b.metrics()).not.toContain('route="/x"');
  });
});
