import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { statisticsConfig, StatisticsConfig } from '../../config/statistics.config';
import { computeProgress } from '../../domain/progress';
import { currentYear, YearRequestDto } from '../year.request.dto';
import { TradeFactsReadModel } from '../trade-facts.read-model';
import { ProgressView } from './progress.view';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/progress')
export class ProgressHttpController {
  constructor(
    private readonly facts: TradeFactsReadModel,
    @Inject(statisticsConfig.KEY) private readonly settings: StatisticsConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Progress toward 100 亿元 by 2030: year to date, path, run rate, enterprises (exact decimals)' })
  @ApiOkResponse({ type: ProgressView })
  async progress(@Query() query: YearRequestDto): Promise<ProgressView> {
    const year = query.year ?? currentYear();
    const basis = this.settings.trackerBasis;
    const [yearToDateFen, activeEnterprises] = await Promise.all([this.facts.yearToDate(year, basis), this.facts.activeEnterprises(year)]);
    return {
      basis,
      ...computeProgress({
        year,
        yearToDateFen,
        targetFen: this.settings.targetFen,
        targetYear: this.settings.targetYear,
        baselineFen: this.settings.baselineFen,
        baselineYear: this.settings.baselineYear,
        today: new Date(),
        activeEnterprises,
        enterpriseTarget: this.settings.enterpriseTarget,
      }),
    };
  }
}
