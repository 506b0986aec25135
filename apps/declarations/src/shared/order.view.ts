import { ApiProperty } from '@nestjs/swagger';
import { ImportOrder } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../domain/document-status';
import { OrderEntity } from '../domain/order.entity';
import { PartnerView } from './partner.view';
import { iso, ReceiptView } from './receipt.view';

/** An order as GET /orders lists it. */
export class OrderSummaryView {
  id: string;
  /** 订单编号 @example O20261201000001 */
  orderNo: string;
  /** 订单类型 I import. @example I */
  orderType: string;
  /** 电商平台代码 @example 5401960002 */
  ebpCode: string;
  /** 电商企业代码 @example 5401EBC001 */
  ebcCode: string;
  /** 支付企业代码, when the order names it. */
  payCode: string | null;
  /** ebcCode:orderNo, as customs names it. @example 5401EBC001:O20261201000001 */
  businessKey: string;
  /** 实际支付金额 @example 224.11 */
  acturalPaid: string;
  /** FILED until customs answers; ACCEPTED (120) or REJECTED (a failure receipt). */
  @ApiProperty({ enum: PARTNER_DOCUMENT_STATUSES, example: 'ACCEPTED' })
  status: string;
  /** The last receipt applied. @example 120 */
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  /** When it was filed (the createdFrom/createdTo filters and the order of pages). */
  filedAt: string;
}

/** GET /orders/{id}: the order, its filed body, its receipts in customs' order and the documents of its trade. */
export class OrderView extends OrderSummaryView {
  /** The order as filed (and sent to customs as CEB311). */
  document: ImportOrder;
  receipts: ReceiptView[];
  /** Its lists, payments and, through its lists, waybills. */
  partners: PartnerView[];
}

export function toOrderSummaryView(o: OrderEntity): OrderSummaryView {
  return {
    id: o.id,
    // An import order (CEB311) always names its order number and amounts (the export ones are at /export-orders).
    orderNo: o.orderNo as string,
    orderType: o.orderType,
    ebpCode: o.ebpCode,
    ebcCode: o.ebcCode,
    payCode: o.payCode,
    businessKey: o.businessKey,
    acturalPaid: o.acturalPaid as string,
    status: o.status,
    returnStatus: o.returnStatus,
    returnInfo: o.returnInfo,
    returnTime: iso(o.returnTime),
    filedAt: o.createdAt.toISOString(),
  };
}

export function toOrderView(o: OrderEntity, receipts: ReceiptView[], partners: PartnerView[]): OrderView {
  return { ...toOrderSummaryView(o), document: o.document as ImportOrder, receipts, partners };
}
