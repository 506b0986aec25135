import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '@lhasa/auth';
import { HealthModule } from '@lhasa/http';
import { KafkaHealthIndicator, MessagingModule } from '@lhasa/messaging';
import { PersistenceModule } from '@lhasa/persistence';
import { ConvertPendingFactsService } from './commands/convert-pending-facts/convert-pending-facts.service';
import { LoadRatesHttpController } from './commands/load-rates/load-rates.http.controller';
import { LoadRatesService } from './commands/load-rates/load-rates.service';
import { RecordTradeFactsKafkaController } from './events/record-trade-facts/record-trade-facts.kafka.controller';
import { TradeFactWriter } from './events/record-trade-facts/trade-fact.writer';
import { statisticsConfig } from './config/statistics.config';
import { BreakdownHttpController } from './queries/breakdown/breakdown.http.controller';
import { DashboardHttpController } from './queries/dashboard/dashboard.http.controller';
import { PendingHttpController } from './queries/pending/pending.http.controller';
import { ProgressHttpController } from './queries/progress/progress.http.controller';
import { RatesHttpController } from './queries/rates/rates.http.controller';
import { SummaryHttpController } from './queries/summary/summary.http.controller';
import { TradeFactsReadModel } from './queries/trade-facts.read-model';
import { RateBook } from './shared/rate-book';
import { statisticsPersistence } from './statistics.persistence';

export const SERVICE = 'statistics';

@Module({
  imports: [
    ConfigModule.forFeature(statisticsConfig),
    PersistenceModule.forService(statisticsPersistence),
    MessagingModule.forService(SERVICE),
    AuthModule.forRoot(),
    HealthModule.forRoot({ service: SERVICE, indicators: [KafkaHealthIndicator] }),
  ],
  controllers: [
    RecordTradeFactsKafkaController,
    SummaryHttpController,
    BreakdownHttpController,
    ProgressHttpController,
    DashboardHttpController,
    LoadRatesHttpController,
    RatesHttpController,
    PendingHttpController,
  ],
  providers: [TradeFactWriter, TradeFactsReadModel, ConvertPendingFactsService, RateBook, LoadRatesService],
})
export class AppModule {}
