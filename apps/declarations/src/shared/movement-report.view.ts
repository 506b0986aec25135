import { ApiProperty } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { ArrivalReport, DepartureReport } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../domain/document-status';
import { MovementReportEntity, ReportedWaybillEntity } from '../domain/movement-report.entity';
import { iso, ReceiptView } from './receipt.view';

/** A waybill an arrival or departure report names. */
export class ReportedWaybillView {
  /** @example 1 */
  gnum: number;
  /** 物流运单编号 @example EL20261201000001 */
  logisticsNo: string;
}

/** The fields an arrival (CEB507) and a departure (CEB509) report share in their views. */
export class MovementReportView {
  id: string;
  /** 企业内部编号 the reporter's own number. @example AR20261201000001 */
  copNo: string;
  /** 海关代码 @example 8800 */
  customsCode: string;
  /** 物流企业代码 @example 5401LOG001 */
  logisticsCode: string;
  /** The reporter's code and copNo, as customs names it. @example 5401LOG001:DP20261201000001 */
  businessKey: string;
  /** The waybills it reports: once customs accepts it, their export lists show arrivedAt / departedAt. */
  waybills: ReportedWaybillView[];
  @ApiProperty({ enum: PARTNER_DOCUMENT_STATUSES, example: 'ACCEPTED' })
  status: string;
  /** The last receipt applied. @example 120 */
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  filedAt: string;
  receipts: ReceiptView[];
}

/** GET /arrivals/{id}: a CEB507 arrival report (运抵). */
export class ArrivalReportView extends MovementReportView {
  /** 监管场所经营人代码 @example 5401960020 */
  operatorCode: string;
  /** The report as filed (CEB507). */
  document: ArrivalReport;
}

/** GET /departures/{id}: a CEB509 departure report (离境). */
export class DepartureReportView extends MovementReportView {
  /** The report as filed (CEB509). */
  document: DepartureReport;
}

async function movementReportView(m: EntityManager, r: MovementReportEntity, receipts: ReceiptView[]): Promise<MovementReportView> {
  const waybills = await m.getRepository(ReportedWaybillEntity).find({ where: { reportId: r.id }, order: { gnum: 'ASC' } });
  return {
    id: r.id,
    copNo: r.copNo,
    customsCode: r.customsCode,
    logisticsCode: r.logisticsCode,
    businessKey: r.businessKey,
    waybills: waybills.map((w) => ({ gnum: w.gnum, logisticsNo: w.logisticsNo })),
    status: r.status,
    returnStatus: r.returnStatus,
    returnInfo: r.returnInfo,
    returnTime: iso(r.returnTime),
    filedAt: r.createdAt.toISOString(),
    receipts,
  };
}

export async function toArrivalReportView(m: EntityManager, r: MovementReportEntity, receipts: ReceiptView[]): Promise<ArrivalReportView> {
  return { ...(await movementReportView(m, r, receipts)), operatorCode: r.operatorCode as string, document: r.document as ArrivalReport };
}

export async function toDepartureReportView(m: EntityManager, r: MovementReportEntity, receipts: ReceiptView[]): Promise<DepartureReportView> {
  return { ...(await movementReportView(m, r, receipts)), document: r.document as DepartureReport };
}
