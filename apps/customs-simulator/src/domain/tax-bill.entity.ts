import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The electronic tax bill (CEB816) customs issued for a released import list. */
@Entity('tax_bills')
export class TaxBillEntity {
  @PrimaryColumn({ name: 'list_id', type: 'uuid' }) listId: string;
  @Column({ name: 'invt_no', type: 'text' }) invtNo: string;
  @Column({ name: 'tax_no', type: 'text' }) taxNo: string;
  @Column({ name: 'customs_tax', type: 'numeric' }) customsTax: string;
  @Column({ name: 'value_added_tax', type: 'numeric' }) valueAddedTax: string;
  @Column({ name: 'consumption_tax', type: 'numeric' }) consumptionTax: string;
  /** 1 generated, 3 void (after an approved return). */
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt: Date;
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true }) voidedAt: Date | null;
}
