import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type ReservationStatus = 'PRE_REDUCED' | 'RETURNED' | 'RELEASED' | 'EXITED';

export interface ReservedLine {
  itemRecordNo: string;
  qty: string;
}

export interface ReleasedLine extends ReservedLine {
  gcode: string;
  totalPrice: string;
  country: string;
}

/**
 * The pre-reduction held for one inventory list that draws on bonded stock (a 1210/1239 import
 * list, or a 1210 special-area export list: ieFlag), from "declared" until its goods leave through
 * the exit gate (EXITED) or the list is rejected or cancelled (RETURNED).
 */
@Entity('stock_reservations')
export class StockReservation {
  @PrimaryColumn({ name: 'list_id', type: 'uuid' }) listId: string;
  @Column({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @Column({ name: 'owner_code', type: 'text' }) ownerCode: string;
  @Column({ name: 'ebc_code', type: 'text' }) ebcCode: string;
  @Column({ name: 'cop_no', type: 'text' }) copNo: string;
  @Column({ name: 'order_no', type: 'text' }) orderNo: string;
  @Column({ name: 'trade_mode', type: 'text' }) tradeMode: string;
  /** I: the goods leave the zone for the domestic market (二线); E: they leave it for abroad. */
  @Column({ name: 'ie_flag', type: 'char', length: 1 }) ieFlag: 'I' | 'E';
  @Column({ type: 'text' }) status: ReservationStatus;
  @Column({ type: 'jsonb' }) lines: ReservedLine[];
  @Column({ name: 'invt_no', type: 'text', nullable: true }) invtNo: string | null;
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt: Date | null;
  @Column({ type: 'char', length: 3, nullable: true }) currency: string | null;
  @Column({ name: 'total_value', type: 'numeric', precision: 18, scale: 2, nullable: true }) totalValue: string | null;
  @Column({ name: 'released_lines', type: 'jsonb', nullable: true }) releasedLines: ReleasedLine[] | null;
  @Column({ name: 'exit_verification_list_id', type: 'uuid', nullable: true }) exitVerificationListId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Whether a list event names the list that made this reservation (same company, list and ledger). */
export function sameList(reservation: StockReservation, list: { ebcCode: string; copNo: string; emsNo?: string }): boolean {
  return reservation.ebcCode === list.ebcCode && reservation.copNo === list.copNo && (list.emsNo === undefined || list.emsNo === reservation.emsNo);
}
