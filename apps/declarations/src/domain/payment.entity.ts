import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PartnerDocumentStatus } from './document-status';

/** A filed CEB411 payment. */
@Entity('payments')
export class PaymentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'pay_code' }) payCode: string;
  @Column('text', { name: 'pay_transaction_id' }) payTransactionId: string;
  @Column('text', { name: 'order_no' }) orderNo: string;
  @Column('text', { name: 'ebp_code' }) ebpCode: string;
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('numeric', { name: 'amount_paid', precision: 18, scale: 2 }) amountPaid: string;
  @Column('text') status: PartnerDocumentStatus;
  @Column('int', { name: 'return_status', nullable: true }) returnStatus: number | null;
  @Column('text', { name: 'return_info', nullable: true }) returnInfo: string | null;
  @Column('timestamptz', { name: 'return_time', nullable: true }) returnTime: Date | null;
   
  @Column('jsonb') document: Record<string, any>;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
