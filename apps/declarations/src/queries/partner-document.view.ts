import { EntityManager } from 'typeorm';
import { OrderEntity } from '../domain/order.entity';
import { PartnerDocumentColumns } from '../domain/partner-document.columns';
import { PaymentEntity } from '../domain/payment.entity';
import { WaybillEntity } from '../domain/waybill.entity';
import { iso, receiptsOf } from './receipt.view';

/** What every partner document shows besides its own keys: status, the filed body, receipts. */
async function common(m: EntityManager, d: PartnerDocumentColumns) {
  return {
    status: d.status,
    returnStatus: d.returnStatus,
    returnInfo: d.returnInfo,
    returnTime: iso(d.returnTime),
    filedAt: d.createdAt.toISOString(),
    document: d.document,
    receipts: await receiptsOf(m, d.id),
  };
}

/** An order as its parties see it (GET /orders/:id and GET /orders?…). */
export async function orderView(m: EntityManager, o: OrderEntity) {
  return {
    id: o.id,
    orderNo: o.orderNo,
    ebpCode: o.ebpCode,
    ebcCode: o.ebcCode,
    businessKey: o.businessKey,
    acturalPaid: o.acturalPaid,
    ...(await common(m, o)),
  };
}

/** A payment as its parties see it. */
export async function paymentView(m: EntityManager, p: PaymentEntity) {
  return {
    id: p.id,
    payCode: p.payCode,
    payTransactionId: p.payTransactionId,
    orderNo: p.orderNo,
    businessKey: p.businessKey,
    amountPaid: p.amountPaid,
    ...(await common(m, p)),
  };
}

/** A waybill as its party sees it. */
export async function waybillView(m: EntityManager, w: WaybillEntity) {
  return {
    id: w.id,
    logisticsCode: w.logisticsCode,
    logisticsNo: w.logisticsNo,
    orderNo: w.orderNo,
    businessKey: w.businessKey,
    ...(await common(m, w)),
  };
}
