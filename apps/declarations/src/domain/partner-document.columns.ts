import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PartnerDocumentStatus } from './document-status';

/**
 * What every filed partner document (order, payment, waybill) keeps besides its own fields:
 * identity, the filed document itself, and the last receipt applied to it.
 */
export abstract class PartnerDocumentColumns {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'order_no' }) orderNo: string;
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('text') status: PartnerDocumentStatus;
  @Column('int', { name: 'return_status', nullable: true }) returnStatus: number | null;
  @Column('text', { name: 'return_info', nullable: true }) returnInfo: string | null;
  @Column('timestamptz', { name: 'return_time', nullable: true }) returnTime: Date | null;
  @Column('jsonb') document: Record<string, any>;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
