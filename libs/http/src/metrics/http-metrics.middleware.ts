import type { NextFunction, Request, Response } from 'express';
import { ServiceMetrics } from './service-metrics';

/** Express middleware timing every request until its response is finished. */
export function httpMetricsMiddleware(metrics: ServiceMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = (req.route as { path?: unknown } | undefined)?.path;
      const pattern = typeof route === 'string' ? `${req.baseUrl ?? ''}${route}` : undefined;
      metrics.observeRequest(req.method, pattern, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
