import { MovementReportEntity } from './movement-report.entity';
import { OrderEntity } from './order.entity';
import { PaymentReceiptEntity } from './payment-receipt.entity';
import { PaymentEntity } from './payment.entity';
import type { PartnerMessageType } from './receipt-targets';
import { WaybillEntity } from './waybill.entity';

export type PartnerEntity = OrderEntity | PaymentEntity | PaymentReceiptEntity | WaybillEntity | MovementReportEntity;

/** The table each partner document's receipts look in (by business key and message type). */
export const PARTNER_ENTITIES: Readonly<Record<PartnerMessageType, new () => PartnerEntity>> = {
  CEB311: OrderEntity,
  CEB303: OrderEntity,
  CEB411: PaymentEntity,
  CEB403: PaymentReceiptEntity,
  CEB511: WaybillEntity,
  CEB505: WaybillEntity,
  CEB507: MovementReportEntity,
  CEB509: MovementReportEntity,
};

/** Accepted movement reports stamp the export lists of their waybills: CEB507 arrivedAt, CEB509 departedAt. */
export const MOVEMENT_COLUMNS: Partial<Record<PartnerMessageType, 'arrived_at' | 'departed_at'>> = { CEB507: 'arrived_at', CEB509: 'departed_at' };
