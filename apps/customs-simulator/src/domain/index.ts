import { CustomsDocumentEntity } from './customs-document.entity';
import { IssuedReceiptEntity } from './issued-receipt.entity';
import { PendingListEntity } from './pending-list.entity';
import { ScheduledReceiptEntity } from './scheduled-receipt.entity';
import { SummaryListEntity } from './summary-list.entity';
import { TaxBillEntity } from './tax-bill.entity';

export const simulatorEntities = [CustomsDocumentEntity, IssuedReceiptEntity, ScheduledReceiptEntity, PendingListEntity, SummaryListEntity, TaxBillEntity];
