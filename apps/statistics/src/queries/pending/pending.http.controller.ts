import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { formatMoney } from '@lhasa/domain';
import { TradeFactsReadModel } from '../trade-facts.read-model';
import { PendingRateMonthView } from './pending.view';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/pending')
export class PendingHttpController {
  constructor(private readonly facts: TradeFactsReadModel) {}

  @Get()
  @ApiOperation({
    summary: 'What is pending conversion to CNY, by currency and the month whose rate is missing (oldest first): documents, facts, amounts in that currency; counted as soon as the rate is loaded',
  })
  @ApiOkResponse({ type: [PendingRateMonthView] })
  async pending(): Promise<PendingRateMonthView[]> {
    return (await this.facts.pendingByRateMonth()).map((p) => ({
      currency: p.currency,
      month: p.month,
      documents: p.documents,
      facts: p.facts,
      border: formatMoney(p.borderFen),
      retail: formatMoney(p.retailFen),
    }));
  }
}
