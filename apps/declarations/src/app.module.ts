import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '@lhasa/auth';
import { CustomsPortModule } from '@lhasa/customs-port';
import { HealthModule } from '@lhasa/http';
import { KafkaHealthIndicator, MessagingModule } from '@lhasa/messaging';
import { PersistenceModule } from '@lhasa/persistence';
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
import { ListOrdersHttpController } from './queries/list-orders/list-orders.http.controller';
import { ListPaymentsHttpController } from './queries/list-payments/list-payments.http.controller';
import { ListWaybillsHttpController } from './queries/list-waybills/list-waybills.http.controller';
import { declarationsPersistence } from './declarations.persistence';
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
    ListPaymentsHttpController,
    ListWaybillsHttpController,
    FindCustomsMessageHttpController,
    ListInventoryListsHttpController,
    FindInventoryListHttpController,
    AuthoriseAgentHttpController,
    RevokeAgentHttpController,
    ListAgentAuthorisationsHttpController,
    StockAnswerKafkaController,
    ExitBindingKafkaController,
    ReceiptIssuedKafkaController,
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
    FileCancellationService,
    FileReturnService,
    WithdrawInventoryListService,
  ],
})
export class AppModule {}
