import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * AGREED: the count agreed with on-hand (nothing filed or moved); PENDING: the difference waits for
 * customs (a loss holds its quantity); APPROVED: customs passed it and it moved; REJECTED: customs
 * returned it, nothing moved (the reason in returnInfo).
 */
export const StockTakeStates = ['AGREED', 'PENDING', 'APPROVED', 'REJECTED'] as const;
export type StockTakeState = (typeof StockTakeStates)[number];

/**
 * A stock-take (盘点) of one ledger line: what the operator counted, what was on hand then, and the
 * difference, filed to customs as a STOCK_TAKE verification list and moved as STOCKTAKE_GAIN /
 * STOCKTAKE_LOSS (reference STOCK_TAKE/id) once customs passes it.
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
  @Column({ type: 'text' }) state: StockTakeState;
  /** The verification list (purpose STOCK_TAKE) it was filed as; null when the count agreed. */
  @Column({ name: 'verification_list_id', type: 'uuid', nullable: true }) verificationListId: string | null;
  /** Customs' manage result: 1 passed, 2 manual review, 3 returned. */
  @Column({ name: 'manage_result', type: 'int', nullable: true }) manageResult: number | null;
  @Column({ name: 'return_info', type: 'text', nullable: true }) returnInfo: string | null;
  /** When customs' final answer (passed or returned) was applied. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
