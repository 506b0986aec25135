import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { OverseasGoodsLine, OverseasReportKind } from './overseas-stock-rules';

/**
 * An exporter's report of what an overseas warehouse sold (SOLD) or took back from buyers
 * (RETURNED), kept by its reportNo: the same report again answers as recorded and moves nothing.
 */
@Entity('overseas_stock_reports')
export class OverseasStockReport {
  @PrimaryColumn({ name: 'warehouse_code', type: 'text' }) warehouseCode: string;
  @PrimaryColumn({ name: 'owner_code', type: 'text' }) ownerCode: string;
  @PrimaryColumn({ type: 'text' }) kind: OverseasReportKind;
  @PrimaryColumn({ name: 'report_no', type: 'text' }) reportNo: string;
  @Column({ name: 'reported_at', type: 'timestamptz' }) reportedAt: Date;
  /** The lines as reported, summed per goods. */
  @Column({ type: 'jsonb' }) lines: OverseasGoodsLine[];
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
