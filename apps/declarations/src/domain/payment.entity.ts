import { Column, Entity } from 'typeorm';
import { PartnerDocumentColumns } from './partner-document.columns';

/** A filed CEB411 payment. */
@Entity('payments')
export class PaymentEntity extends PartnerDocumentColumns {
  @Column('text', { name: 'pay_code' }) payCode: string;
  @Column('text', { name: 'pay_transaction_id' }) payTransactionId: string;
  @Column('text', { name: 'ebp_code' }) ebpCode: string;
  @Column('numeric', { name: 'amount_paid', precision: 18, scale: 2 }) amountPaid: string;
}
