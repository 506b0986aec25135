import { ApiProperty } from '@nestjs/swagger';
import { ExportWaybill } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../domain/document-status';
import { WaybillEntity } from '../domain/waybill.entity';
import { PartnerView } from './partner.view';
import { iso, ReceiptView } from './receipt.view';

/** GET /export-waybills/{id}: a CEB505 export waybill, its filed body, receipts and the documents of its trade. */
export class ExportWaybillView {
  id: string;
  /** 物流企业代码 @example 5401LOG001 */
  logisticsCode: string;
  /** 物流运单编号 @example EL20261201000001 */
  logisticsNo: string;
  /** logisticsCode:logisticsNo, as customs names it. @example 5401LOG001:EL20261201000001 */
  businessKey: string;
  @ApiProperty({ enum: PARTNER_DOCUMENT_STATUSES, example: 'ACCEPTED' })
  status: string;
  /** The last receipt applied. @example 120 */
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  filedAt: string;
  /** The waybill as filed (CEB505). */
  document: ExportWaybill;
  receipts: ReceiptView[];
  /** Its export list and, through the list, the order. */
  partners: PartnerView[];
}

export function toExportWaybillView(w: WaybillEntity, receipts: ReceiptView[], partners: PartnerView[]): ExportWaybillView {
  return {
    id: w.id,
    logisticsCode: w.logisticsCode,
    logisticsNo: w.logisticsNo,
    businessKey: w.businessKey,
    status: w.status,
    returnStatus: w.returnStatus,
    returnInfo: w.returnInfo,
    returnTime: iso(w.returnTime),
    filedAt: w.createdAt.toISOString(),
    document: w.document as ExportWaybill,
    receipts,
    partners,
  };
}
