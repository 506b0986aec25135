import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '@lhasa/auth';
import { CustomsPortModule } from '@lhasa/customs-port';
import { HealthModule, MetricsModule } from '@lhasa/http';
import { KafkaHealthIndicator, MessagingMetrics, MessagingModule } from '@lhasa/messaging';
import { PersistenceModule } from '@lhasa/persistence';
import { ChangeOverseasWarehouseHttpController } from './commands/change-overseas-warehouse/change-overseas-warehouse.http.controller';
import { ChangeOverseasWarehouseService } from './commands/change-overseas-warehouse/change-overseas-warehouse.service';
import { PostReturnEntryHttpController } from './commands/post-return-entry/post-return-entry.http.controller';
import { PostReturnEntryService } from './commands/post-return-entry/post-return-entry.service';
import { RegisterOverseasWarehouseHttpController } from './commands/register-overseas-warehouse/register-overseas-warehouse.http.controller';
import { RegisterOverseasWarehouseService } from './commands/register-overseas-warehouse/register-overseas-warehouse.service';
import { WithdrawOverseasWarehouseHttpController } from './commands/withdraw-overseas-warehouse/withdraw-overseas-warehouse.http.controller';
import { WithdrawOverseasWarehouseService } from './commands/withdraw-overseas-warehouse/withdraw-overseas-warehouse.service';
import { OverseasStockLedger } from './domain/overseas-stock-ledger';
import { ReturnEntryPoster } from './domain/return-entry-poster';
import { InventoryListReturnedKafkaController } from './events/inventory-list-returned/inventory-list-returned.kafka.controller';
import { ReceiveOverseasStock } from './events/inventory-list-released/receive-overseas-stock';
import { CancelOverseasStock } from './events/inventory-list-rejected/cancel-overseas-stock';
import { FindOverseasStockHttpController } from './queries/find-overseas-stock/find-overseas-stock.http.controller';
import { FindOverseasWarehousesHttpController } from './queries/find-overseas-warehouses/find-overseas-warehouses.http.controller';
import { FindReturnEntriesHttpController } from './queries/find-return-entries/find-return-entries.http.controller';
import { FindLateCancellationsHttpController } from './queries/find-late-cancellations/find-late-cancellations.http.controller';
import { FindLotsHttpController } from './queries/find-lots/find-lots.http.controller';
import { FindTurnoverHttpController } from './queries/find-turnover/find-turnover.http.controller';
import { SetStorageLimitHttpController } from './commands/set-storage-limit/set-storage-limit.http.controller';
import { SetStorageLimitService } from './commands/set-storage-limit/set-storage-limit.service';
import { PublishTurnoverDispatcher } from './commands/publish-turnover/publish-turnover.dispatcher';
import { PublishTurnoverService } from './commands/publish-turnover/publish-turnover.service';
import { AdmitGoodsOwnerHttpController } from './commands/admit-goods-owner/admit-goods-owner.http.controller';
import { AdmitGoodsOwnerService } from './commands/admit-goods-owner/admit-goods-owner.service';
import { AddLedgerLineHttpController } from './commands/add-ledger-line/add-ledger-line.http.controller';
import { AddLedgerLineService } from './commands/add-ledger-line/add-ledger-line.service';
import { CreateLedgerHttpController } from './commands/create-ledger/create-ledger.http.controller';
import { CreateLedgerService } from './commands/create-ledger/create-ledger.service';
import { FileVerificationListHttpController } from './commands/file-verification-list/file-verification-list.http.controller';
import { FileVerificationListService } from './commands/file-verification-list/file-verification-list.service';
import { IssueGatePassHttpController } from './commands/issue-gate-pass/issue-gate-pass.http.controller';
import { IssueGatePassService } from './commands/issue-gate-pass/issue-gate-pass.service';
import { PassGateHttpController } from './commands/pass-gate/pass-gate.http.controller';
import { PassGateService } from './commands/pass-gate/pass-gate.service';
import { RefuseGatePassHttpController } from './commands/refuse-gate-pass/refuse-gate-pass.http.controller';
import { RefuseGatePassService } from './commands/refuse-gate-pass/refuse-gate-pass.service';
import { ExitBatcher } from './commands/batch-exit-lists/exit-lists.batcher';
import { exitBatchConfig } from './config/exit-batch.config';
import { RemoveGoodsOwnerHttpController } from './commands/remove-goods-owner/remove-goods-owner.http.controller';
import { RemoveGoodsOwnerService } from './commands/remove-goods-owner/remove-goods-owner.service';
import { SuspendLedgerLineHttpController } from './commands/suspend-ledger-line/suspend-ledger-line.http.controller';
import { SuspendLedgerLineService } from './commands/suspend-ledger-line/suspend-ledger-line.service';
import { warehouseConfig } from './config/warehouse.config';
import { StockLedger } from './domain/stock-ledger';
import { ApplyGatePassReceipt } from './events/receipt-issued/apply-gate-pass-receipt';
import { ApplyVerificationListReceipt } from './events/receipt-issued/apply-verification-list-receipt';
import { WarehouseDeadLetterPolicy } from './events/dead-letter/warehouse-dead-letter.policy';
import { InventoryListDeclaredKafkaController } from './events/inventory-list-declared/inventory-list-declared.kafka.controller';
import { InventoryListRejectedKafkaController } from './events/inventory-list-rejected/inventory-list-rejected.kafka.controller';
import { InventoryListReleasedKafkaController } from './events/inventory-list-released/inventory-list-released.kafka.controller';
import { ReceiptIssuedKafkaController } from './events/receipt-issued/receipt-issued.kafka.controller';
import { FindGatePassHttpController } from './queries/find-gate-pass/find-gate-pass.http.controller';
import { FindGoodsOwnersHttpController } from './queries/find-goods-owners/find-goods-owners.http.controller';
import { FindLedgerLineHttpController } from './queries/find-ledger-line/find-ledger-line.http.controller';
import { FindLedgersHttpController } from './queries/find-ledgers/find-ledgers.http.controller';
import { FindMovementsHttpController } from './queries/find-movements/find-movements.http.controller';
import { FindMovementHistoryHttpController } from './queries/find-movement-history/find-movement-history.http.controller';
import { FindStockTakesHttpController } from './queries/find-stock-takes/find-stock-takes.http.controller';
import { TakeStockHttpController } from './commands/take-stock/take-stock.http.controller';
import { TakeStockService } from './commands/take-stock/take-stock.service';
import { ReportOverseasStockHttpController } from './commands/report-overseas-stock/report-overseas-stock.http.controller';
import { ReportOverseasStockService } from './commands/report-overseas-stock/report-overseas-stock.service';
import { FindReleasesHttpController } from './queries/find-releases/find-releases.http.controller';
import { FindVerificationListHttpController } from './queries/find-verification-list/find-verification-list.http.controller';
import { warehousePersistence } from './warehouse.persistence';

export const WAREHOUSE_SERVICE = 'warehouse';

@Module({
  imports: [
    ConfigModule.forFeature(warehouseConfig),
    ConfigModule.forFeature(exitBatchConfig),
    PersistenceModule.forService(warehousePersistence),
    MessagingModule.forService(WAREHOUSE_SERVICE, { deadLetterPolicy: WarehouseDeadLetterPolicy }),
    AuthModule.forRoot(),
    CustomsPortModule.register('warehouse'),
    HealthModule.forRoot({ service: WAREHOUSE_SERVICE, indicators: [KafkaHealthIndicator] }),
    MetricsModule.forRoot({ service: WAREHOUSE_SERVICE, collectors: [MessagingMetrics] }),
  ],
  controllers: [
    CreateLedgerHttpController,
    FindLedgersHttpController,
    AddLedgerLineHttpController,
    FindLedgerLineHttpController,
    SuspendLedgerLineHttpController,
    AdmitGoodsOwnerHttpController,
    RemoveGoodsOwnerHttpController,
    FindGoodsOwnersHttpController,
    FindMovementsHttpController,
    FileVerificationListHttpController,
    FindVerificationListHttpController,
    IssueGatePassHttpController,
    PassGateHttpController,
    RefuseGatePassHttpController,
    FindGatePassHttpController,
    FindReleasesHttpController,
    FindReturnEntriesHttpController,
    FindLateCancellationsHttpController,
    PostReturnEntryHttpController,
    RegisterOverseasWarehouseHttpController,
    FindOverseasWarehousesHttpController,
    ChangeOverseasWarehouseHttpController,
    WithdrawOverseasWarehouseHttpController,
    FindOverseasStockHttpController,
    FindMovementHistoryHttpController,
    FindStockTakesHttpController,
    TakeStockHttpController,
    ReportOverseasStockHttpController,
    FindLotsHttpController,
    FindTurnoverHttpController,
    SetStorageLimitHttpController,
    InventoryListDeclaredKafkaController,
    InventoryListRejectedKafkaController,
    InventoryListReleasedKafkaController,
    InventoryListReturnedKafkaController,
    ReceiptIssuedKafkaController,
  ],
  providers: [
    StockLedger,
    OverseasStockLedger,
    ReturnEntryPoster,
    ReceiveOverseasStock,
    CancelOverseasStock,
    CreateLedgerService,
    AddLedgerLineService,
    SuspendLedgerLineService,
    AdmitGoodsOwnerService,
    RemoveGoodsOwnerService,
    FileVerificationListService,
    IssueGatePassService,
    PassGateService,
    RefuseGatePassService,
    ExitBatcher,
    PostReturnEntryService,
    RegisterOverseasWarehouseService,
    ChangeOverseasWarehouseService,
    WithdrawOverseasWarehouseService,
    ApplyVerificationListReceipt,
    ApplyGatePassReceipt,
    TakeStockService,
    ReportOverseasStockService,
    SetStorageLimitService,
    PublishTurnoverService,
    PublishTurnoverDispatcher,
  ],
})
export class AppModule {}
