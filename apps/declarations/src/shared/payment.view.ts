import { ApiProperty } from '@nestjs/swagger';
import { Payment } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../domain/document-status';
import { PaymentEntity } from '../domain/payment.entity';
import { PartnerView } from './partner.view';
import { iso, ReceiptView } from './receipt.view';

/** A payment as GET /payments lists it. */
export class PaymentSummaryView {
  id: string;
  /** 支付企业代码 @example 5401PAY001 */
  payCode: string;
  /** 支付交易编号 @example PAY20261201000001 */
  payTransactionId: string;
  /** 订单编号 of the order paid. @example O20261201000001 */
  orderNo: string;
  /** 电商平台代码 @example 5401960002 */
  ebpCode: string;
  /** payCode:payTransactionId, as customs names it. @example 5401PAY001:PAY20261201000001 */
  businessKey: string;
  /** 支付金额 @example 224.11 */
  amountPaid: string;
  @ApiProperty({ enum: PARTNER_DOCUMENT_STATUSES, example: 'ACCEPTED' })
  status: string;
  /** The last receipt applied. @example 120 */
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  filedAt: string;
}

/** GET /payments/{id}: the payment, its filed body, receipts and the documents of its trade. */
export class PaymentView extends PaymentSummaryView {
  /** The payment as filed (CEB411). */
  document: Payment;
  receipts: ReceiptView[];
  /** The order paid, its lists and their waybills. */
  partners: PartnerView[];
}

export function toPaymentSummaryView(p: PaymentEntity): PaymentSummaryView {
  return {
    id: p.id,
    payCode: p.payCode,
    payTransactionId: p.payTransactionId,
    orderNo: p.orderNo as string,
    ebpCode: p.ebpCode,
    businessKey: p.businessKey,
    amountPaid: p.amountPaid,
    status: p.status,
    returnStatus: p.returnStatus,
    returnInfo: p.returnInfo,
    returnTime: iso(p.returnTime),
    filedAt: p.createdAt.toISOString(),
  };
}

export function toPaymentView(p: PaymentEntity, receipts: ReceiptView[], partners: PartnerView[]): PaymentView {
  return { ...toPaymentSummaryView(p), document: p.document as Payment, receipts, partners };
}
