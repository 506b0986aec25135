import { ApiProperty } from '@nestjs/swagger';
import { EXPORT_ORDER_TYPES, ExportOrder } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../domain/document-status';
import { OrderEntity } from '../domain/order.entity';
import { PartnerView } from './partner.view';
import { iso, ReceiptView } from './receipt.view';

/** GET /export-orders/{id}: a CEB303 export order, its filed body, receipts and the documents of its trade. */
export class ExportOrderView {
  id: string;
  /** 订单编号 @example EO20261201000001 */
  orderNo: string;
  /** 订单类型 E B2C (9610, 1210), B B2B (9710), W overseas-warehouse booking (9810). */
  @ApiProperty({ enum: EXPORT_ORDER_TYPES, example: 'E' })
  orderType: string;
  /** 电商平台代码 @example 5401960002 */
  ebpCode: string;
  /** 电商企业代码 @example 5401EBC001 */
  ebcCode: string;
  /** ebcCode:orderNo, as customs names it. @example 5401EBC001:EO20261201000001 */
  businessKey: string;
  /** 商品价格 FOB, without freight. @example 300.00 */
  goodsValue: string;
  /** 运杂费 @example 20.00 */
  freight: string;
  /** 币制 @example 142 */
  currency: string;
  @ApiProperty({ enum: PARTNER_DOCUMENT_STATUSES, example: 'ACCEPTED' })
  status: string;
  /** The last receipt applied. @example 120 */
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  filedAt: string;
  /** The order as filed (and sent to customs as CEB303). */
  document: ExportOrder;
  receipts: ReceiptView[];
  /** Its export list, receipt of payment and, through the list, waybill. */
  partners: PartnerView[];
}

export function toExportOrderView(o: OrderEntity, receipts: ReceiptView[], partners: PartnerView[]): ExportOrderView {
  return {
    id: o.id,
    orderNo: o.orderNo as string,
    orderType: o.orderType,
    ebpCode: o.ebpCode,
    ebcCode: o.ebcCode,
    businessKey: o.businessKey,
    goodsValue: o.goodsValue,
    freight: o.freight,
    currency: o.currency,
    status: o.status,
    returnStatus: o.returnStatus,
    returnInfo: o.returnInfo,
    returnTime: iso(o.returnTime),
    filedAt: o.createdAt.toISOString(),
    document: o.document as ExportOrder,
    receipts,
    partners,
  };
}
