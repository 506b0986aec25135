import { Column, Entity } from 'typeorm';
import { PartnerDocumentColumns } from './partner-document.columns';

/** A filed CEB311 import order. */
@Entity('orders')
export class OrderEntity extends PartnerDocumentColumns {
  @Column('text', { name: 'ebp_code' }) ebpCode: string;
  @Column('text', { name: 'ebc_code' }) ebcCode: string;
  @Column('text', { name: 'pay_code', nullable: true }) payCode: string | null;
  @Column('text', { name: 'buyer_id_number' }) buyerIdNumber: string;
  @Column('numeric', { name: 'goods_value', precision: 18, scale: 2 }) goodsValue: string;
  @Column('numeric', { precision: 18, scale: 2 }) freight: string;
  @Column('numeric', { precision: 18, scale: 2 }) discount: string;
  @Column('numeric', { name: 'tax_total', precision: 18, scale: 2 }) taxTotal: string;
  @Column('numeric', { name: 'actural_paid', precision: 18, scale: 2 }) acturalPaid: string;
}
