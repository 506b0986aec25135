import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { quantityColumn } from './columns';
import { PartnerDocumentStatus } from './document-status';

/** A filed CEB511 waybill. */
@Entity('waybills')
export class WaybillEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'logistics_code' }) logisticsCode: string;
  @Column('text', { name: 'logistics_no' }) logisticsNo: string;
  @Column('text', { name: 'order_no' }) orderNo: string;
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('numeric', { precision: 18, scale: 2 }) freight: string;
  @Column('numeric', { name: 'insured_fee', precision: 18, scale: 2 }) insuredFee: string;
  @Column('numeric', { precision: 19, scale: 5, transformer: quantityColumn }) weight: string;
  @Column('text') status: PartnerDocumentStatus;
  @Column('int', { name: 'return_status', nullable: true }) returnStatus: number | null;
  @Column('text', { name: 'return_info', nullable: true }) returnInfo: string | null;
  @Column('timestamptz', { name: 'return_time', nullable: true }) returnTime: Date | null;
   
  @Column('jsonb') document: Record<string, any>;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
