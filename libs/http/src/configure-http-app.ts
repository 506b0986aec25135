import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { translateBodyParserErrors } from './errors/body-parser-errors';
import { HttpErrorFilter } from './errors/http-exception.filter';
import { correlationMiddleware } from './logging/correlation.middleware';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { ServiceMetrics } from './metrics/service-metrics';
import { ApiDocs, setupSwagger } from './swagger';
import { createValidationPipe } from './validation.pipe';

export const BODY_LIMIT = '1mb';

/**
 * The HTTP edge every service shares: body parsing with a size limit, the error filter, the
 * validation pipe and OpenAPI docs. Call before app.init()/listen() so the parsers registered
 * here replace Nest's defaults (Nest skips its own when a jsonParser is already mounted) and the
 * body-parser error translator sits right behind them.
 */
export async function configureHttpApp(app: INestApplication, docs: ApiDocs = { title: 'Lhasa bonded zone', description: '' }): Promise<void> {
  const express = app as NestExpressApplication;
  express.use(correlationMiddleware);
  const metrics = serviceMetricsOf(app);
  if (metrics) express.use(httpMetricsMiddleware(metrics));
  express.useBodyParser('json', { limit: BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: true });
  express.use(translateBodyParserErrors);
  app.useGlobalFilters(new HttpErrorFilter());
  app.useGlobalPipes(createValidationPipe());
  await setupSwagger(app, docs);
}

function serviceMetricsOf(app: INestApplication): ServiceMetrics | undefined {
  try {
    return app.get(ServiceMetrics, { strict: false });
  } catch {
    return undefined;
  }
}
