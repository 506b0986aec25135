import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '@lhasa/auth';
import { formatMoney } from '@lhasa/domain';
import { statisticsConfig, StatisticsConfig } from '../../config/statistics.config';
import { BASIS_LABELS, breakdownLabel } from '../../domain/breakdown-labels';
import { breakdownCsvHeaders, breakdownFilename, spreadsheetText, toCsv } from '../../domain/csv';
import { currentYear } from '../year.request.dto';
import { BreakdownRequestDto } from './breakdown.request.dto';
import { FiguresReadModel } from '../figures.read-model';
import { TradeFactsReadModel } from '../trade-facts.read-model';
import { BreakdownRowView } from './breakdown.view';

/** Response headers stating what the rows measure (the JSON body stays a plain array). */
export const BASIS_HEADER = 'X-Statistics-Basis';
export const RETURN_POLICY_HEADER = 'X-Statistics-Return-Policy';

const STATED = {
  [BASIS_HEADER]: { description: 'The basis the rows add up to: BORDER (进出口总额（跨境）) or RETAIL (跨境电商零售额（清单）)', schema: { type: 'string', example: 'BORDER' } },
  [RETURN_POLICY_HEADER]: { description: 'How approved returns are dated: RETURN_MONTH or RESTATED', schema: { type: 'string', example: 'RETURN_MONTH' } },
};

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/breakdown')
export class BreakdownHttpController {
  constructor(
    private readonly facts: TradeFactsReadModel,
    private readonly figures: FiguresReadModel,
    @Inject(statisticsConfig.KEY) private readonly settings: StatisticsConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'A year broken down by month, mode, direction, flow, country, HS chapter or enterprise (named); the rows add up to the basis total to the fen. JSON, or CSV for spreadsheets (UTF-8 with BOM, Chinese and English headers)',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiExtraModels(BreakdownRowView)
  @ApiOkResponse({
    description: 'rows by key; with format=csv the same columns as CSV: a BOM, the Chinese header 代码,名称,金额（元）, then key,label,value (lang=en: the English header alone)',
    headers: STATED,
    content: {
      'application/json': { schema: { type: 'array', items: { $ref: getSchemaPath(BreakdownRowView) } } },
      'text/csv': { schema: { type: 'string', example: '\uFEFF代码,名称,金额（元）\r\nkey,label,value\r\n125,尼泊尔,120000.00\r\n' } },
    },
  })
  async breakdown(@Query() query: BreakdownRequestDto, @Res({ passthrough: true }) res: Response): Promise<BreakdownRowView[] | string> {
    const year = query.year ?? currentYear();
    const basis = query.basis ?? this.settings.trackerBasis;
    const sums = await this.facts.breakdown(year, basis, query.by, this.settings.returnPolicy);
    const names = query.by === 'enterprise' ? await this.figures.enterpriseNames(sums.map((r) => r.key)) : undefined;
    const rows: BreakdownRowView[] = sums.map((r) => ({ key: r.key, label: breakdownLabel(query.by, r.key, names), value: formatMoney(r.fen) }));
    res.setHeader(BASIS_HEADER, basis);
    res.setHeader(RETURN_POLICY_HEADER, this.settings.returnPolicy);
    if (query.format !== 'csv') return rows;
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', breakdownFilename(year, basis, BASIS_LABELS[basis].replace(/（.*）$/, ''), query.by));
    return toCsv(
      breakdownCsvHeaders(query.lang ?? 'zh'),
      rows.map((r) => [spreadsheetText(r.key), spreadsheetText(r.label), r.value]),
    );
  }
}
