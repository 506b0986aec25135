import { ApiProperty } from '@nestjs/swagger';
import { PaymentReceipt } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../domain/document-status';
import { PaymentReceiptEntity } from '../domain/payment-receipt.entity';
import { PartnerView } from './partner.view';
import { iso, ReceiptView } from './receipt.view';

/** GET /payment-receipts/{id}: a CEB403 receipt of payment, its filed body, receipts and the documents of its trade. */
export class PaymentReceiptView {
  id: string;
  /** 订单编号 of the export order paid. @example EO20261201000001 */
  orderNo: string;
  /** 电商企业代码, who filed it. @example 5401EBC001 */
  ebcCode: string;
  /** 电商平台代码 @example 5401960002 */
  ebpCode: string;
  /** 支付企业代码, when a payment company collected. */
  payCode: string | null;
  /** ebcCode:orderNo, as customs names it. @example 5401EBC001:EO20261201000001 */
  businessKey: string;
  /** 收款金额 @example 320.00 */
  charge: string;
  /** 币制 @example 142 */
  currency: string;
  @ApiProperty({ enum: PARTNER_DOCUMENT_STATUSES, example: 'ACCEPTED' })
  status: string;
  /** The last receipt applied. @example 120 */
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  filedAt: string;
  /** The receipt of payment as filed (CEB403). */
  document: PaymentReceipt;
  receipts: ReceiptView[];
  /** The export order and its list. */
  partners: PartnerView[];
}

export function toPaymentReceiptView(r: PaymentReceiptEntity, receipts: ReceiptView[], partners: PartnerView[]): PaymentReceiptView {
  return {
    id: r.id,
    orderNo: r.orderNo as string,
    ebcCode: r.ebcCode,
    ebpCode: r.ebpCode,
    payCode: r.payCode,
    businessKey: r.businessKey,
    charge: r.charge,
    currency: r.currency,
    status: r.status,
    returnStatus: r.returnStatus,
    returnInfo: r.returnInfo,
    returnTime: iso(r.returnTime),
    filedAt: r.createdAt.toISOString(),
    document: r.document as PaymentReceipt,
    receipts,
    partners,
  };
}
