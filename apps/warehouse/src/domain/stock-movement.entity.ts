import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MovementKind } from './stock-rules';

/** One change to one of a line's four quantities; UNIQUE(kind, reference, line) makes replays no-ops. */
@Entity('stock_movements')
export class StockMovement {
  @PrimaryColumn({ type: 'bigint' }) seq: string;
  @Column({ type: 'uuid' }) id: string;
  @Column({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @Column({ name: 'item_record_no', type: 'text' }) itemRecordNo: string;
  @Column({ type: 'text' }) kind: MovementKind;
  @Column({ type: 'numeric', precision: 19, scale: 5 }) qty: string;
  @Column({ name: 'reference_type', type: 'text' }) referenceType: string;
  @Column({ name: 'reference_id', type: 'text' }) referenceId: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
}
