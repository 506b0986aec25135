import { EntityManager } from 'typeorm';
import { MovementReportEntity, ReportedWaybillEntity } from '../domain/movement-report.entity';
import { OrderEntity } from '../domain/order.entity';
import { PaymentReceiptEntity } from '../domain/payment-receipt.entity';
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

/** A CEB303 export order as its parties see it (GET /export-orders/:id). */
export async function exportOrderView(m: EntityManager, o: OrderEntity) {
  return {
    id: o.id,
    orderNo: o.orderNo,
    orderType: o.orderType,
    ebpCode: o.ebpCode,
    ebcCode: o.ebcCode,
    businessKey: o.businessKey,
    goodsValue: o.goodsValue,
    freight: o.freight,
    currency: o.currency,
    ...(await common(m, o)),
  };
}

/** A CEB403 receipt of payment as its parties see it. */
export async function paymentReceiptView(m: EntityManager, r: PaymentReceiptEntity) {
  return {
    id: r.id,
    orderNo: r.orderNo,
    ebcCode: r.ebcCode,
    ebpCode: r.ebpCode,
    payCode: r.payCode,
    businessKey: r.businessKey,
    charge: r.charge,
    currency: r.currency,
    ...(await common(m, r)),
  };
}

/** A CEB505 export waybill as its party sees it. */
export async function exportWaybillView(m: EntityManager, w: WaybillEntity) {
  return {
    id: w.id,
    logisticsCode: w.logisticsCode,
    logisticsNo: w.logisticsNo,
    businessKey: w.businessKey,
    ...(await common(m, w)),
  };
}

/** An arrival (CEB507) or departure (CEB509) report with the waybills it names. */
export async function movementReportView(m: EntityManager, r: MovementReportEntity) {
  const waybills = await m.getRepository(ReportedWaybillEntity).find({ where: { reportId: r.id }, order: { gnum: 'ASC' } });
  return {
    id: r.id,
    messageType: r.messageType,
    copNo: r.copNo,
    customsCode: r.customsCode,
    ...(r.operatorCode ? { operatorCode: r.operatorCode } : {}),
    logisticsCode: r.logisticsCode,
    businessKey: r.businessKey,
    waybills: waybills.map((w) => ({ gnum: w.gnum, logisticsNo: w.logisticsNo })),
    ...(await common(m, r)),
  };
}
