import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PartnerDocumentColumns } from './partner-document.columns';

/**
 * A filed arrival (CEB507, 运抵: the goods reached the supervision site) or departure (CEB509, 离境:
 * they left the country) report. Accepted by customs, it marks the export lists of the waybills
 * it names (arrivedAt / departedAt).
 */
@Entity('movement_reports')
export class MovementReportEntity extends PartnerDocumentColumns {
  @Column('text', { name: 'cop_no' }) copNo: string;
  @Column('text', { name: 'customs_code' }) customsCode: string;
  /** The supervision site's operator (arrival only). */
  @Column('text', { name: 'operator_code', nullable: true }) operatorCode: string | null;
  @Column('text', { name: 'logistics_code' }) logisticsCode: string;
}

/** A waybill (logisticsCode, logisticsNo) an arrival or departure report names. */
@Entity('reported_waybills')
export class ReportedWaybillEntity {
  @PrimaryColumn('uuid', { name: 'report_id' }) reportId: string;
  @PrimaryColumn('int') gnum: number;
  @Column('text', { name: 'logistics_code' }) logisticsCode: string;
  @Column('text', { name: 'logistics_no' }) logisticsNo: string;
}
