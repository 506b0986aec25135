import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { formatMoney } from '@lhasa/domain';
import { statisticsConfig, StatisticsConfig } from '../../config/statistics.config';
import { BASIS_LABELS } from '../../domain/breakdown-labels';
import { currentYear, YearRequestDto } from '../year.request.dto';
import { TradeFactsReadModel } from '../trade-facts.read-model';
import { SummaryView } from './summary.view';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/summary')
export class SummaryHttpController {
  constructor(
    private readonly facts: TradeFactsReadModel,
    @Inject(statisticsConfig.KEY) private readonly settings: StatisticsConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Import and export of a year on both bases, in CNY (yuan strings), net of returns (in the month returnPolicy says); pendingConversion: amounts in a currency without a rate for their month, in that currency, not in the CNY figures',
  })
  @ApiOkResponse({ type: SummaryView })
  async summary(@Query() query: YearRequestDto): Promise<SummaryView> {
    const year = query.year ?? currentYear();
    const policy = this.settings.returnPolicy;
    const [totals, documents, pending] = await Promise.all([this.facts.totals(year, policy), this.facts.documentCount(year), this.facts.pendingConversion(year, policy)]);
    const sum = (basis: string, direction?: string) =>
      totals.filter((t) => t.basis === basis && (!direction || t.direction === direction)).reduce((s, t) => s + t.fen, 0n);
    const basis = (name: string) => ({
      import: formatMoney(sum(name, 'I')),
      export: formatMoney(sum(name, 'E')),
      total: formatMoney(sum(name)),
    });
    // Amounts with no CNY rate yet: in their own currency, outside the CNY figures above.
    const pendingConversion = pending.map((p) => ({
      basis: p.basis,
      direction: p.direction,
      currency: p.currency,
      amount: formatMoney(p.amountFen),
      month: p.month,
      facts: p.facts,
      documents: p.documents,
    }));
    return { year, currency: 'CNY', border: basis('BORDER'), retail: basis('RETAIL'), trackerBasis: this.settings.trackerBasis, basisLabels: BASIS_LABELS, documents, pendingConversion, returnPolicy: policy };
  }
}
