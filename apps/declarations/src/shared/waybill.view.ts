import { ApiProperty } from '@nestjs/swagger';
import { Waybill } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../domain/document-status';
import { WaybillEntity } from '../domain/waybill.entity';
import { PartnerView } from './partner.view';
import { iso, ReceiptView } from './receipt.view';

/** A waybill as GET /waybills lists it. */
export class WaybillSummaryView {
  id: string;
  /** 物流企业代码 @example 5401LOG001 */
  logisticsCode: string;
  /** 物流运单编号 @example LN20261201000001 */
  logisticsNo: string;
  /** 订单编号 of the order shipped. @example O20261201000001 */
  orderNo: string;
  /** logisticsCode:logisticsNo, as customs names it. @example 5401LOG001:LN20261201000001 */
  businessKey: string;
  @ApiProperty({ enum: PARTNER_DOCUMENT_STATUSES, example: 'ACCEPTED' })
  status: string;
  /** The last receipt applied. @example 120 */
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  filedAt: string;
}

/** GET /waybills/{id}: the waybill, its filed body, receipts and the documents of its trade. */
export class WaybillView extends WaybillSummaryView {
  /** The waybill as filed (CEB511). */
  document: Waybill;
  receipts: ReceiptView[];
  /** The lists naming it and, through them, their order and payment. */
  partners: PartnerView[];
}

export function toWaybillSummaryView(w: WaybillEntity): WaybillSummaryView {
  return {
    id: w.id,
    logisticsCode: w.logisticsCode,
    logisticsNo: w.logisticsNo,
    // An import waybill (CEB511) names its order; an export one (CEB505, at /export-waybills) does not.
    orderNo: w.orderNo as string,
    businessKey: w.businessKey,
    status: w.status,
    returnStatus: w.returnStatus,
    returnInfo: w.returnInfo,
    returnTime: iso(w.returnTime),
    filedAt: w.createdAt.toISOString(),
  };
}

export function toWaybillView(w: WaybillEntity, receipts: ReceiptView[], partners: PartnerView[]): WaybillView {
  return { ...toWaybillSummaryView(w), document: w.document as Waybill, receipts, partners };
}
