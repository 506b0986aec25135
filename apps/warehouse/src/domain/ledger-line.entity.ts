import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A ledger line (料号 / 备案序号). The four quantities and the return increase are cumulative and
 * only ever changed by StockLedger together with a stock_movements row; numeric(19,5) arrives as
 * a decimal string.
 */
@Entity('ledger_lines')
export class LedgerLine {
  @PrimaryColumn({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @PrimaryColumn({ name: 'item_record_no', type: 'text' }) itemRecordNo: string;
  @Column({ type: 'char', length: 10 }) gcode: string;
  @Column({ type: 'text' }) gname: string;
  @Column({ type: 'char', length: 3 }) unit: string;
  @Column({ name: 'item_no', type: 'text', nullable: true }) itemNo: string | null;
  @Column({ type: 'boolean', default: false }) suspended: boolean;
  @Column({ name: 'pre_increased', type: 'numeric', precision: 19, scale: 5, default: 0 }) preIncreased: string;
  @Column({ name: 'actual_increased', type: 'numeric', precision: 19, scale: 5, default: 0 }) actualIncreased: string;
  @Column({ name: 'pre_reduced', type: 'numeric', precision: 19, scale: 5, default: 0 }) preReduced: string;
  @Column({ name: 'actual_reduced', type: 'numeric', precision: 19, scale: 5, default: 0 }) actualReduced: string;
  /** 实增 by return (退货实增): returned goods taken back on the line by return entries. */
  @Column({ name: 'return_increased', type: 'numeric', precision: 19, scale: 5, default: 0 }) returnIncreased: string;
  /** Stock-takes (盘点): found more (盘盈) / less (盘亏) than on hand, cumulative. */
  @Column({ name: 'stock_take_gain', type: 'numeric', precision: 19, scale: 5, default: 0 }) stockTakeGain: string;
  @Column({ name: 'stock_take_loss', type: 'numeric', precision: 19, scale: 5, default: 0 }) stockTakeLoss: string;
  /** Held by stock-take losses waiting for customs' approval: not available, still on hand. */
  @Column({ name: 'stock_take_held', type: 'numeric', precision: 19, scale: 5, default: 0 }) stockTakeHeld: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
