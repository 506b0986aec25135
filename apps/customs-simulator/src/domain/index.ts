import { CustomsDocumentEntity } from './customs-document.entity';
import { IssuedReceiptEntity } from './issued-receipt.entity';
import { PendingListEntity } from './pending-list.entity';
import { ScheduledReceiptEntity } from './scheduled-receipt.entity';

export const simulatorEntities = [CustomsDocumentEntity, IssuedReceiptEntity, ScheduledReceiptEntity, PendingListEntity];
