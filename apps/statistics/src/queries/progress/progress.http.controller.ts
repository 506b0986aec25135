import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { statisticsConfig, StatisticsConfig } from '../../config/statistics.config';
import { BASIS_LABELS } from '../../domain/breakdown-labels';
import { computeProgress } from '../../domain/progress';
import { FiguresReadModel } from '../figures.read-model';
import { currentYear, YearRequestDto } from '../year.request.dto';
import { TradeFactsReadModel } from '../trade-facts.read-model';
import { ProgressView } from './progress.view';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/progress')
export class ProgressHttpController {
  constructor(
    private readonly facts: TradeFactsReadModel,
    private readonly figures: FiguresReadModel,
    @Inject(statisticsConfig.KEY) private readonly settings: StatisticsConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Progress toward the plan: 100 亿元 by 2030 (year to date, path, run rate, verdict, gap in 亿元, growth still required), enterprises against 48, city share, turnover against +30 % (exact decimals, half-up)',
  })
  @ApiOkResponse({ type: ProgressView })
  async progress(@Query() query: YearRequestDto): Promise<ProgressView> {
    const year = query.year ?? currentYear();
    const s = this.settings;
    const basis = s.trackerBasis;
    const [yearToDateFen, activeEnterprises, cityTotalFen, trend] = await Promise.all([
      this.facts.yearToDate(year, basis, this.settings.returnPolicy),
      this.facts.activeEnterprises(year),
      this.figures.cityTotalFen(year),
      this.figures.turnoverTrend(year, s.turnoverBaseline, s.turnoverTarget),
    ]);
    const change = trend.yearToDate;
    return {
      basis,
      basisLabel: BASIS_LABELS[basis],
      returnPolicy: s.returnPolicy,
      ...computeProgress({
        year,
        yearToDateFen,
        targetFen: s.targetFen,
        targetYear: s.targetYear,
        baselineFen: s.baselineFen,
        baselineYear: s.baselineYear,
        today: new Date(),
        activeEnterprises,
        enterpriseTarget: s.enterpriseTarget,
        city: cityTotalFen === null ? null : { totalFen: cityTotalFen, shareTarget: s.cityShareTarget.value, shareTargetText: s.cityShareTarget.text },
      }),
      turnover: change.changeVsBaselinePercent === null ? null : { changeVsBaselinePercent: change.changeVsBaselinePercent, targetPercent: trend.targetPercent, met: change.met! },
    };
  }
}
