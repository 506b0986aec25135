import { Column, Entity } from 'typeorm';
import { PartnerDocumentColumns } from './partner-document.columns';

/**
 * A filed order: CEB311 import (orderType I) or CEB303 export (orderType E, B or W). One table, so
 * the business key (ebcCode, orderNo) and orderNo per platform are unique across both directions;
 * the import-only amounts are null on an export order.
 */
@Entity('orders')
export class OrderEntity extends PartnerDocumentColumns {
  @Column('text', { name: 'order_type' }) orderType: string;
  @Column('text', { name: 'ebp_code' }) ebpCode: string;
  @Column('text', { name: 'ebc_code' }) ebcCode: string;
  @Column('text', { name: 'pay_code', nullable: true }) payCode: string | null;
  @Column('text') currency: string;
  @Column('text', { name: 'buyer_id_number', nullable: true }) buyerIdNumber: string | null;
  @Column('numeric', { name: 'goods_value', precision: 18, scale: 2 }) goodsValue: string;
  @Column('numeric', { precision: 18, scale: 2 }) freight: string;
  @Column('numeric', { precision: 18, scale: 2, nullable: true }) discount: string | null;
  @Column('numeric', { name: 'tax_total', precision: 18, scale: 2, nullable: true }) taxTotal: string | null;
  @Column('numeric', { name: 'actural_paid', precision: 18, scale: 2, nullable: true }) acturalPaid: string | null;
}
