import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '@lhasa/auth';
import { HealthModule, MetricsModule } from '@lhasa/http';
import { KafkaHealthIndicator, MessagingMetrics, MessagingModule } from '@lhasa/messaging';
import { PersistenceModule } from '@lhasa/persistence';
import { ConvertPendingFactsService } from './commands/convert-pending-facts/convert-pending-facts.service';
import { RecordTradeFactsKafkaController } from './events/record-trade-facts/record-trade-facts.kafka.controller';
import { TradeFactWriter } from './events/record-trade-facts/trade-fact.writer';
import { statisticsConfig } from './config/statistics.config';
import { BreakdownHttpController } from './queries/breakdown/breakdown.http.controller';
import { DashboardHttpController } from './queries/dashboard/dashboard.http.controller';
import { ProgressHttpController } from './queries/progress/progress.http.controller';
import { SummaryHttpController } from './queries/summary/summary.http.controller';
import { TradeFactsReadModel } from './queries/trade-facts.read-model';
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
    SummaryHttpController,
    BreakdownHttpController,
    ProgressHttpController,
    DashboardHttpController,
  ],
  providers: [TradeFactWriter, TradeFactsReadModel, ConvertPendingFactsService],
})
export class AppModule {}
