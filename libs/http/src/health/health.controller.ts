import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/public.decorator';
import { HEALTH_INDICATORS, HEALTH_SERVICE_NAME, HealthIndicator } from './health-indicator';
import { HealthReport, runHealthChecks } from './health.service';
import { HealthReportView } from './health.view';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HEALTH_SERVICE_NAME) private readonly service: string,
    @Optional() @Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicator[] = [],
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and readiness: the database and Kafka answer' })
  @ApiResponse({ status: 200, type: HealthReportView, description: 'Every dependency is up' })
  @ApiResponse({ status: 503, type: HealthReportView, description: 'A dependency is down; `checks` names it and `failures` says why' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await runHealthChecks(this.service, this.indicators);
    res.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
