import { Column, Entity } from 'typeorm';
import { quantityColumn } from './columns';
import { PartnerDocumentColumns } from './partner-document.columns';

/**
 * A filed waybill: CEB511 import (names its order) or CEB505 export. One table, so logisticsNo is
 * unique per carrier across both directions and every receipt finds one waybill.
 */
@Entity('waybills')
export class WaybillEntity extends PartnerDocumentColumns {
  @Column('text', { name: 'logistics_code' }) logisticsCode: string;
  @Column('text', { name: 'logistics_no' }) logisticsNo: string;
  @Column('numeric', { precision: 18, scale: 2 }) freight: string;
  @Column('numeric', { name: 'insured_fee', precision: 18, scale: 2 }) insuredFee: string;
  /** weight (CEB511) or grossWeight (CEB505), kilograms. */
  @Column('numeric', { precision: 19, scale: 5, transformer: quantityColumn }) weight: string;
}
