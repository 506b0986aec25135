import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type ReturnEntryStatus = 'PENDING' | 'POSTED';

/** One returned line as customs approved it; itemRecordNo is the ledger line it goes back on. */
export interface ReturnedLine {
  gnum: number;
  itemRecordNo: string | null;
  qty: string;
}

/**
 * A return entry (退货入库): goods of a released bonded list that a consumer returned, taken back
 * on their ledger lines as 实增 by return (RETURN_INCREASE). POSTED once the stock moved; PENDING,
 * with the reason, while a line cannot take it (unknown, suspended, list not yet out of the gate),
 * until the operator posts it again.
 */
@Entity('return_entries')
export class ReturnEntry {
  @PrimaryColumn({ name: 'return_id', type: 'uuid' }) returnId: string;
  @Column({ name: 'list_id', type: 'uuid' }) listId: string;
  @Column({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @Column({ name: 'owner_code', type: 'text' }) ownerCode: string;
  @Column({ name: 'ebc_code', type: 'text' }) ebcCode: string;
  @Column({ name: 'cop_no', type: 'text' }) copNo: string;
  @Column({ name: 'invt_no', type: 'text' }) invtNo: string;
  @Column({ type: 'text' }) status: ReturnEntryStatus;
  @Column({ type: 'jsonb' }) lines: ReturnedLine[];
  @Column({ name: 'pending_code', type: 'text', nullable: true }) pendingCode: string | null;
  @Column({ name: 'pending_reason', type: 'text', nullable: true }) pendingReason: string | null;
  @Column({ name: 'returned_at', type: 'timestamptz' }) returnedAt: Date;
  @Column({ name: 'posted_at', type: 'timestamptz', nullable: true }) postedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
