import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/public.decorator';
import { ServiceMetrics } from './service-metrics';

/** The Prometheus text exposition format, version 0.0.4 (prom-client's Registry.contentType). */
const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Public()
  @Get()
  @Header('Content-Type', PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Prometheus metrics: HTTP durations by route and status, outbox backlog and oldest age, consumer lag per group and partition, ' +
      'dead letters per topic, the service’s own counts, and process metrics',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format', schema: { type: 'string', example: 'outbox_backlog{service="declarations"} 0\n' } })
  scrape(): Promise<string> {
    return this.metrics.metrics();
  }
}
