import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every receipt customs sent, kept as history. Unique on (messageType, businessKey,
 * returnStatus, returnTime): a redelivered or resent receipt is recorded once (domain.md §5).
 */
@Entity('customs_receipts')
export class CustomsReceiptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) seq: string;
  @Column('text', { name: 'message_type' }) messageType: string;
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('int', { name: 'return_status' }) returnStatus: number;
  @Column('timestamptz', { name: 'return_time' }) returnTime: Date;
  @Column('text', { name: 'return_info' }) returnInfo: string;
  @Column('text', { name: 'pre_no', nullable: true }) preNo: string | null;
  @Column('text', { name: 'invt_no', nullable: true }) invtNo: string | null;
  /** CEB792 (a summary's result): the summary number, the customs declaration's entry number and state. */
  @Column('text', { name: 'sum_no', nullable: true }) sumNo: string | null;
  @Column('text', { name: 'entry_id', nullable: true }) entryId: string | null;
  @Column('text', { name: 'dec_state', nullable: true }) decState: string | null;
  /** The document it belongs to, when one was found. */
  @Column('uuid', { name: 'document_id', nullable: true }) documentId: string | null;
  /** Whether it moved the document (false: lower rank, late, or the document was already final). */
  @Column('boolean') applied: boolean;
  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
