import { messagingMigrations } from '@lhasa/messaging';
import { ServicePersistence } from '@lhasa/persistence';
import { AgentAuthorisationEntity } from './domain/agent-authorisation.entity';
import { CustomsMessageEntity } from './domain/customs-message.entity';
import { CustomsReceiptEntity } from './domain/customs-receipt.entity';
import { InventoryListEntity, InventoryListLineEntity } from './domain/inventory-list.entity';
import { MovementReportEntity, ReportedWaybillEntity } from './domain/movement-report.entity';
import { ListCancellationEntity } from './domain/list-cancellation.entity';
import { ListReturnEntity, ListReturnLineEntity } from './domain/list-return.entity';
import { OrderEntity } from './domain/order.entity';
import { OverseasWarehouseEntity } from './domain/overseas-warehouse.entity';
import { PaymentReceiptEntity } from './domain/payment-receipt.entity';
import { PaymentEntity } from './domain/payment.entity';
import { SummaryApplicationEntity, SummaryApplicationListEntity } from './domain/summary-application.entity';
import { WaybillEntity } from './domain/waybill.entity';
import { declarationsMigrations } from './migrations/1732300000000-declarations-schema';
import { AgentAuthorisations1732500000000 } from './migrations/1732500000000-agent-authorisations';
import { RejectStageProcessing1732600000000 } from './migrations/1732600000000-reject-stage-processing';
import { ExportDocuments1733100000000 } from './migrations/1733100000000-export-documents';
import { CancellationsReturnsTaxBills1733200000000 } from './migrations/1733200000000-cancellations-returns-tax-bills';
import { CustomsMessages1733300000000 } from './migrations/1733300000000-customs-messages';
import { DocumentListPages1733310000000 } from './migrations/1733310000000-document-list-pages';
import { ExitBinding1733500000000 } from './migrations/1733500000000-exit-binding';

/** The declarations database: used by the app and by `npm run migrate`. */
export const declarationsPersistence: ServicePersistence = {
  service: 'declarations',
  entities: [
    OrderEntity,
    PaymentEntity,
    WaybillEntity,
    InventoryListEntity,
    InventoryListLineEntity,
    CustomsReceiptEntity,
    AgentAuthorisationEntity,
    PaymentReceiptEntity,
    MovementReportEntity,
    ReportedWaybillEntity,
    OverseasWarehouseEntity,
    SummaryApplicationEntity,
    SummaryApplicationListEntity,
    ListCancellationEntity,
    ListReturnEntity,
    ListReturnLineEntity,
    CustomsMessageEntity,
  ],
  migrations: [
    ...messagingMigrations,
    ...declarationsMigrations,
    AgentAuthorisations1732500000000,
    RejectStageProcessing1732600000000,
    ExportDocuments1733100000000,
    CancellationsReturnsTaxBills1733200000000,
    CustomsMessages1733300000000,
    DocumentListPages1733310000000,
    ExitBinding1733500000000,
  ],
};
