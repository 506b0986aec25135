import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A stock-take (盘点) of one ledger line: what the operator counted, what was on hand then, and the
 * difference, which moved as STOCKTAKE_GAIN / STOCKTAKE_LOSS (reference STOCK_TAKE/id) when not zero.
 */
@Entity('stock_takes')
export class StockTake {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @Column({ name: 'item_record_no', type: 'text' }) itemRecordNo: string;
  @Column({ name: 'counted_qty', type: 'numeric', precision: 19, scale: 5 }) countedQty: string;
  @Column({ name: 'on_hand_before', type: 'numeric', precision: 19, scale: 5 }) onHandBefore: string;
  /** countedQty − onHandBefore: positive a gain, negative a loss. */
  @Column({ type: 'numeric', precision: 19, scale: 5 }) difference: string;
  @Column({ type: 'text' }) reason: string;
  /** The API key that recorded it, and its enterprise (null for an admin). */
  @Column({ name: 'operator_key_id', type: 'text' }) operatorKeyId: string;
  @Column({ name: 'operator_code', type: 'text', nullable: true }) operatorCode: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
