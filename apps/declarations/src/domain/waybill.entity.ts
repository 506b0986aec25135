import { Column, Entity } from 'typeorm';
import { quantityColumn } from './columns';
import { PartnerDocumentColumns } from './partner-document.columns';

/** A filed CEB511 waybill. */
@Entity('waybills')
export class WaybillEntity extends PartnerDocumentColumns {
  @Column('text', { name: 'logistics_code' }) logisticsCode: string;
  @Column('text', { name: 'logistics_no' }) logisticsNo: string;
  @Column('numeric', { precision: 18, scale: 2 }) freight: string;
  @Column('numeric', { name: 'insured_fee', precision: 18, scale: 2 }) insuredFee: string;
  @Column('numeric', { precision: 19, scale: 5, transformer: quantityColumn }) weight: string;
}
