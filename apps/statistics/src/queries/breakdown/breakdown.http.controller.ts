import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '@lhasa/auth';
import { formatMoney } from '@lhasa/domain';
import { statisticsConfig, StatisticsConfig } from '../../config/statistics.config';
import { breakdownLabel } from '../../domain/breakdown-labels';
import { toCsv } from '../../domain/csv';
import { currentYear } from '../year.request.dto';
import { BreakdownRequestDto } from './breakdown.request.dto';
import { TradeFactsReadModel } from '../trade-facts.read-model';
import { BreakdownRowView } from './breakdown.view';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/breakdown')
export class BreakdownHttpController {
  constructor(
    private readonly facts: TradeFactsReadModel,
    @Inject(statisticsConfig.KEY) private readonly settings: StatisticsConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A year broken down by month, mode, direction, country, HS chapter or enterprise; JSON or CSV' })
  @ApiProduces('application/json', 'text/csv')
  @ApiExtraModels(BreakdownRowView)
  @ApiOkResponse({
    description: 'rows by key; with format=csv the same columns as CSV (key,label,value)',
    content: {
      'application/json': { schema: { type: 'array', items: { $ref: getSchemaPath(BreakdownRowView) } } },
      'text/csv': { schema: { type: 'string', example: 'key,label,value\r\n125,Nepal,120000.00\r\n' } },
    },
  })
  async breakdown(@Query() query: BreakdownRequestDto, @Res({ passthrough: true }) res: Response): Promise<BreakdownRowView[] | string> {
    const year = query.year ?? currentYear();
    const basis = query.basis ?? this.settings.trackerBasis;
    const rows: BreakdownRowView[] = (await this.facts.breakdown(year, basis, query.by)).map((r) => ({
      key: r.key,
      label: breakdownLabel(query.by, r.key),
      value: formatMoney(r.fen),
    }));
    if (query.format !== 'csv') return rows;
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="statistics-${year}-${basis.toLowerCase()}-by-${query.by}.csv"`);
    return toCsv(['key', 'label', 'value'], rows.map((r) => [r.key, r.label, r.value]));
  }
}
