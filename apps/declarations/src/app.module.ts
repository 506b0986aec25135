import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '@lhasa/auth';
import { CustomsPortModule } from '@lhasa/customs-port';
import { HealthModule, MetricsModule } from '@lhasa/http';
import { KafkaHealthIndicator, MessagingMetrics, MessagingModule } from '@lhasa/messaging';
import { PersistenceModule } from '@lhasa/persistence';
import { InventoryListMetrics } from './queries/metrics/inventory-list.metrics';
import { AuthoriseAgentHttpController } from './commands/authorise-agent/authorise-agent.http.controller';
import { AuthoriseAgentService } from './commands/authorise-agent/authorise-agent.service';
import { RevokeAgentHttpController } from './commands/revoke-agent/revoke-agent.http.controller';
import { RevokeAgentService } from './commands/revoke-agent/revoke-agent.service';
import { ListAgentAuthorisationsHttpController } from './queries/list-agent-authorisations/list-agent-authorisations.http.controller';
import { FileInventoryListHttpController } from './commands/file-inventory-list/file-inventory-list.http.controller';
import { FileInventoryListService } from './commands/file-inventory-list/file-inventory-list.service';
import { FileOrderHttpController } from './commands/file-order/file-order.http.controller';
import { PartnerDocumentFiler } from './shared/partner-document-filing';
import { FileOrderService } from './commands/file-order/file-order.service';
import { FilePaymentHttpController } from './commands/file-payment/file-payment.http.controller';
import { FilePaymentService } from './commands/file-payment/file-payment.service';
import { FileWaybillHttpController } from './commands/file-waybill/file-waybill.http.controller';
import { FileWaybillService } from './commands/file-waybill/file-waybill.service';
import { declarationsConfig } from './config/declarations.config';
import { DeclarationsDeadLetterPolicy } from './events/dead-letter/declarations-dead-letter.policy';
import { ReceiptIssuedKafkaController } from './events/receipt-issued/receipt-issued.kafka.controller';
import { StockAnswerKafkaController } from './events/stock-answer/stock-answer.kafka.controller';
import { ExitBindingKafkaController } from './events/exit-binding/exit-binding.kafka.controller';
import { ModesModule } from './modes/modes.module';
import { FindCustomsMessageHttpController } from './queries/find-customs-message/find-customs-message.http.controller';
import { FindInventoryListHttpController } from './queries/find-inventory-list/find-inventory-list.http.controller';
import { FindPartnerDocumentHttpController } from './queries/find-partner-document/find-partner-document.http.controller';
import { ListInventoryListsHttpController } from './queries/list-inventory-lists/list-inventory-lists.http.controller';
import { ListFiledDocumentsHttpController } from './queries/list-filed-documents/list-filed-documents.http.controller';
import { ListOrdersHttpController } from './queries/list-orders/list-orders.http.controller';
import { ListPaymentsHttpController } from './queries/list-payments/list-payments.http.controller';
import { ListWaybillsHttpController } from './queries/list-waybills/list-waybills.http.controller';
import { declarationsPersistence } from './declarations.persistence';
import { FileArrivalHttpController } from './commands/file-arrival/file-arrival.http.controller';
import { FileArrivalService } from './commands/file-arrival/file-arrival.service';
import { FileDepartureHttpController } from './commands/file-departure/file-departure.http.controller';
import { FileDepartureService } from './commands/file-departure/file-departure.service';
import { FileExportInventoryListHttpController } from './commands/file-export-inventory-list/file-export-inventory-list.http.controller';
import { FileExportInventoryListService } from './commands/file-export-inventory-list/file-export-inventory-list.service';
import { FileExportOrderHttpController } from './commands/file-export-order/file-export-order.http.controller';
import { FileExportOrderService } from './commands/file-export-order/file-export-order.service';
import { FileExportWaybillHttpController } from './commands/file-export-waybill/file-export-waybill.http.controller';
import { FileExportWaybillService } from './commands/file-export-waybill/file-export-waybill.service';
import { FilePaymentReceiptHttpController } from './commands/file-payment-receipt/file-payment-receipt.http.controller';
import { FilePaymentReceiptService } from './commands/file-payment-receipt/file-payment-receipt.service';
import { FileSummaryApplicationHttpController } from './commands/file-summary-application/file-summary-application.http.controller';
import { FileSummaryApplicationService } from './commands/file-summary-application/file-summary-application.service';
import { OverseasWarehouseRegisteredKafkaController } from './events/overseas-warehouse-registered/overseas-warehouse-registered.kafka.controller';
import { FindExportDocumentHttpController } from './queries/find-export-document/find-export-document.http.controller';
import { FindSummaryApplicationHttpController } from './queries/find-summary-application/find-summary-application.http.controller';
import { InventoryListFiler } from './shared/inventory-list-filing';
import { FileCancellationHttpController } from './commands/file-cancellation/file-cancellation.http.controller';
import { FileCancellationService } from './commands/file-cancellation/file-cancellation.service';
import { FileExportCancellationHttpController } from './commands/file-cancellation/file-export-cancellation.http.controller';
import { FileReturnHttpController } from './commands/file-return/file-return.http.controller';
import { FileReturnService } from './commands/file-return/file-return.service';
import { WithdrawInventoryListHttpController } from './commands/withdraw-inventory-list/withdraw-inventory-list.http.controller';
import { WithdrawInventoryListService } from './commands/withdraw-inventory-list/withdraw-inventory-list.service';
import { TaxBillIssuedKafkaController } from './events/tax-bill-issued/tax-bill-issued.kafka.controller';
import { FindCancellationHttpController } from './queries/find-cancellation/find-cancellation.http.controller';
import { FindReturnHttpController } from './queries/find-return/find-return.http.controller';

@Module({
  imports: [
    ConfigModule.forFeature(declarationsConfig),
    PersistenceModule.forService(declarationsPersistence),
    MessagingModule.forService('declarations', { deadLetterPolicy: DeclarationsDeadLetterPolicy }),
    AuthModule.forRoot(),
    HealthModule.forRoot({ service: 'declarations', indicators: [KafkaHealthIndicator] }),
    MetricsModule.forRoot({ service: 'declarations', collectors: [MessagingMetrics], own: [InventoryListMetrics] }),
    ModesModule,
    CustomsPortModule.register('declarations'),
  ],
  controllers: [
    FileOrderHttpController,
    FilePaymentHttpController,
    FileWaybillHttpController,
    FileInventoryListHttpController,
    FindPartnerDocumentHttpController,
    ListOrdersHttpController,
    ListFiledDocumentsHttpController,
    ListPaymentsHttpController,
    ListWaybillsHttpController,
    FindCustomsMessageHttpController,
    ListInventoryListsHttpController,
    FindInventoryListHttpController,
    AuthoriseAgentHttpController,
    RevokeAgentHttpController,
    ListAgentAuthorisationsHttpController,
    FileExportOrderHttpController,
    FilePaymentReceiptHttpController,
    FileExportWaybillHttpController,
    FileExportInventoryListHttpController,
    FileArrivalHttpController,
    FileDepartureHttpController,
    FileSummaryApplicationHttpController,
    FindExportDocumentHttpController,
    FindSummaryApplicationHttpController,
    StockAnswerKafkaController,
    ExitBindingKafkaController,
    ReceiptIssuedKafkaController,
    OverseasWarehouseRegisteredKafkaController,
    // Cancels, returns, withdrawals and tax bills (CEB623/605/625/816)
    FileCancellationHttpController,
    FileExportCancellationHttpController,
    FileReturnHttpController,
    WithdrawInventoryListHttpController,
    FindCancellationHttpController,
    FindReturnHttpController,
    TaxBillIssuedKafkaController,
  ],
  providers: [
    PartnerDocumentFiler,
    FileOrderService,
    FilePaymentService,
    FileWaybillService,
    FileInventoryListService,
    AuthoriseAgentService,
    RevokeAgentService,
    InventoryListFiler,
    FileExportOrderService,
    FilePaymentReceiptService,
    FileExportWaybillService,
    FileExportInventoryListService,
    FileArrivalService,
    FileDepartureService,
    FileSummaryApplicationService,
    FileCancellationService,
    FileReturnService,
    WithdrawInventoryListService,
  ],
})
export class AppModule {}
