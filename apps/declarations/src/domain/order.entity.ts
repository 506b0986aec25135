import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PartnerDocumentStatus } from './document-status';

/** A filed CEB311 import order. */
@Entity('orders')
export class OrderEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'order_no' }) orderNo: string;
  @Column('text', { name: 'ebp_code' }) ebpCode: string;
  @Column('text', { name: 'ebc_code' }) ebcCode: string;
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('text', { name: 'pay_code', nullable: true }) payCode: string | null;
  @Column('text', { name: 'buyer_id_number' }) buyerIdNumber: string;
  @Column('numeric', { name: 'goods_value', precision: 18, scale: 2 }) goodsValue: string;
  @Column('numeric', { precision: 18, scale: 2 }) freight: string;
  @Column('numeric', { precision: 18, scale: 2 }) discount: string;
  @Column('numeric', { name: 'tax_total', precision: 18, scale: 2 }) taxTotal: string;
  @Column('numeric', { name: 'actural_paid', precision: 18, scale: 2 }) acturalPaid: string;
  @Column('text') status: PartnerDocumentStatus;
  @Column('int', { name: 'return_status', nullable: true }) returnStatus: number | null;
  @Column('text', { name: 'return_info', nullable: true }) returnInfo: string | null;
  @Column('timestamptz', { name: 'return_time', nullable: true }) returnTime: Date | null;
   
  @Column('jsonb') document: Record<string, any>;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
