import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '@lhasa/auth';
import { HealthModule, MetricsModule } from '@lhasa/http';
import { KafkaHealthIndicator, MessagingMetrics, MessagingModule } from '@lhasa/messaging';
import { SimulatorDeadLetterPolicy } from './events/dead-letter/simulator-dead-letter.policy';
import { PersistenceModule } from '@lhasa/persistence';
import { IssueReceiptsService } from './commands/issue-receipts/issue-receipts.service';
import { ScheduledReceiptDispatcher } from './commands/issue-receipts/scheduled-receipt.dispatcher';
import { ApplySummaryService } from './commands/apply-summary/apply-summary.service';
import { CancelListService } from './commands/cancel-list/cancel-list.service';
import { ReceiptEffects } from './commands/issue-receipts/receipt-effects';
import { ReceiptMessages } from './commands/issue-receipts/receipt-messages';
import { IssueTaxBillService } from './commands/issue-tax-bill/issue-tax-bill.service';
import { ListOutcomes } from './commands/match-inventory-list/list-outcomes';
import { defaultExportMatcher, EXPORT_LIST_MATCHER, MatchExportListService } from './commands/match-inventory-list/match-export-list.service';
import { defaultMatcher, MatchInventoryListService, THREE_DOCUMENT_MATCHER } from './commands/match-inventory-list/match-inventory-list.service';
import { PartnerWaitSweeper } from './commands/match-inventory-list/partner-wait.sweeper';
import { WaitingLists } from './commands/match-inventory-list/waiting-lists';
import { ReportMovementService } from './commands/report-movement/report-movement.service';
import { ReturnListService } from './commands/return-list/return-list.service';
import { DocumentSubmittedKafkaController } from './events/document-submitted/document-submitted.kafka.controller';
import { ReceiveDocumentService } from './commands/receive-document/receive-document.service';
import { customsSimulatorConfig } from './config/customs-simulator.config';
import { FindDocumentsHttpController } from './queries/find-documents/find-documents.http.controller';
import { GetSettingsHttpController } from './queries/get-settings/get-settings.http.controller';
import { customsSimulatorPersistence } from './customs-simulator.persistence';

export const SERVICE = 'customs-simulator';

@Module({
  imports: [
    ConfigModule.forFeature(customsSimulatorConfig),
    PersistenceModule.forService(customsSimulatorPersistence),
    MessagingModule.forService(SERVICE, { deadLetterPolicy: SimulatorDeadLetterPolicy }),
    AuthModule.forRoot(),
    HealthModule.forRoot({ service: SERVICE, indicators: [KafkaHealthIndicator] }),
    MetricsModule.forRoot({ service: SERVICE, collectors: [MessagingMetrics] }),
  ],
  controllers: [DocumentSubmittedKafkaController, FindDocumentsHttpController, GetSettingsHttpController],
  providers: [
    { provide: THREE_DOCUMENT_MATCHER, useValue: defaultMatcher },
    { provide: EXPORT_LIST_MATCHER, useValue: defaultExportMatcher },
    ReceiptMessages,
    IssueTaxBillService,
    ReceiptEffects,
    IssueReceiptsService,
    ListOutcomes,
    MatchInventoryListService,
    MatchExportListService,
    WaitingLists,
    ReportMovementService,
    CancelListService,
    ReturnListService,
    ApplySummaryService,
    ReceiveDocumentService,
    ScheduledReceiptDispatcher,
    PartnerWaitSweeper,
  ],
})
export class AppModule {}
