import { Column, Entity } from 'typeorm';
import { PartnerDocumentColumns } from './partner-document.columns';

/** A filed CEB403 receipt of payment (收款单) of an export order, one per (ebcCode, orderNo). */
@Entity('payment_receipts')
export class PaymentReceiptEntity extends PartnerDocumentColumns {
  @Column('text', { name: 'ebc_code' }) ebcCode: string;
  @Column('text', { name: 'ebp_code' }) ebpCode: string;
  @Column('text', { name: 'pay_code', nullable: true }) payCode: string | null;
  @Column('numeric', { precision: 18, scale: 2 }) charge: string;
  @Column('text') currency: string;
}
