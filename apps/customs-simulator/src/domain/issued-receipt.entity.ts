import { ReceiptFields } from './receipt-plan';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A receipt customs sent (it is in the outbox, or already on Kafka). */
@Entity('issued_receipts')
export class IssuedReceiptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'document_id', type: 'uuid' }) documentId: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @Column({ name: 'return_status', type: 'int' }) returnStatus: number;
  @Column({ name: 'return_time', type: 'timestamptz' }) returnTime: Date;
  @Column({ name: 'return_info', type: 'text' }) returnInfo: string;
  @Column({ name: 'pre_no', type: 'text', nullable: true }) preNo: string | null;
  @Column({ name: 'invt_no', type: 'text', nullable: true }) invtNo: string | null;
  @Column({ name: 'customs_no', type: 'text', nullable: true }) customsNo: string | null;
  /** Fields only some receipts carry (the summary result's sumNo, entryId, decState). */
  @Column({ type: 'jsonb' }) fields: ReceiptFields;
  /** The receipt message as sent, when rendered. */
  @Column({ type: 'text', nullable: true }) xml: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt: Date;
}
