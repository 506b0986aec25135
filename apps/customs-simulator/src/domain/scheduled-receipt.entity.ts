import { ReceiptFields } from './receipt-plan';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A receipt decided but not yet due; stored so a crash cannot lose it. */
@Entity('scheduled_receipts')
export class ScheduledReceiptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'document_id', type: 'uuid' }) documentId: string;
  @Column({ name: 'return_status', type: 'int' }) returnStatus: number;
  @Column({ name: 'return_info', type: 'text' }) returnInfo: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'jsonb' }) fields: ReceiptFields;
  @Column({ name: 'correlation_id', type: 'text' }) correlationId: string;
  @Column({ name: 'causation_id', type: 'text', nullable: true }) causationId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
