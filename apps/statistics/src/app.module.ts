import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '@lhasa/auth';
import { HealthModule, MetricsModule } from '@lhasa/http';
import { KafkaHealthIndicator, MessagingMetrics, MessagingModule } from '@lhasa/messaging';
import { PersistenceModule } from '@lhasa/persistence';
import { ConvertPendingFactsService } from './commands/convert-pending-facts/convert-pending-facts.service';
import { LoadRatesHttpController } from './commands/load-rates/load-rates.http.controller';
import { LoadRatesService } from './commands/load-rates/load-rates.service';
import { EnterCityTotalHttpController } from './commands/enter-city-total/enter-city-total.http.controller';
import { EnterpriseNamesWriter } from './events/record-trade-facts/enterprise-names.writer';
import { RecordTradeFactsKafkaController } from './events/record-trade-facts/record-trade-facts.kafka.controller';
import { RecordTurnoverKafkaController } from './events/record-turnover/record-turnover.kafka.controller';
import { TradeFactWriter } from './events/record-trade-facts/trade-fact.writer';
import { statisticsConfig } from './config/statistics.config';
import { BreakdownHttpController } from './queries/breakdown/breakdown.http.controller';
import { DashboardHttpController } from './queries/dashboard/dashboard.http.controller';
import { PendingHttpController } from './queries/pending/pending.http.controller';
import { FiguresReadModel } from './queries/figures.read-model';
import { ListCityTotalsHttpController } from './queries/list-city-totals/list-city-totals.http.controller';
import { MonthlyTradeQuery } from './queries/monthly/monthly-trade.query';
import { MonthlyHttpController } from './queries/monthly/monthly.http.controller';
import { ProgressHttpController } from './queries/progress/progress.http.controller';
import { RatesHttpController } from './queries/rates/rates.http.controller';
import { SummaryHttpController } from './queries/summary/summary.http.controller';
import { TradeFactsReadModel } from './queries/trade-facts.read-model';
import { RateBook } from './shared/rate-book';
import { TurnoverHttpController } from './queries/turnover/turnover.http.controller';
import { statisticsPersistence } from './statistics.persistence';

export const SERVICE = 'statistics';

@Module({
  imports: [
    ConfigModule.forFeature(statisticsConfig),
    PersistenceModule.forService(statisticsPersistence),
    MessagingModule.forService(SERVICE),
    AuthModule.forRoot(),
    HealthModule.forRoot({ service: SERVICE, indicators: [KafkaHealthIndicator] }),
    MetricsModule.forRoot({ service: SERVICE, collectors: [MessagingMetrics] }),
  ],
  controllers: [
    RecordTradeFactsKafkaController,
    RecordTurnoverKafkaController,
    SummaryHttpController,
    BreakdownHttpController,
    ProgressHttpController,
    TurnoverHttpController,
    EnterCityTotalHttpController,
    ListCityTotalsHttpController,
    MonthlyHttpController,
    DashboardHttpController,
    LoadRatesHttpController,
    RatesHttpController,
    PendingHttpController,
  ],
  providers: [TradeFactWriter, EnterpriseNamesWriter, TradeFactsReadModel, FiguresReadModel, MonthlyTradeQuery, ConvertPendingFactsService, RateBook, LoadRatesService],
})
export class AppModule {}
