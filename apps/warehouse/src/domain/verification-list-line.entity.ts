import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('verification_list_lines')
export class VerificationListLine {
  @PrimaryColumn({ name: 'verification_list_id', type: 'uuid' }) verificationListId: string;
  @PrimaryColumn({ type: 'int' }) gnum: number;
  @Column({ name: 'item_record_no', type: 'text' }) itemRecordNo: string;
  @Column({ type: 'char', length: 10 }) gcode: string;
  @Column({ type: 'text' }) gname: string;
  @Column({ type: 'char', length: 3 }) unit: string;
  @Column({ type: 'numeric', precision: 19, scale: 5 }) qty: string;
  @Column({ name: 'total_price', type: 'numeric', precision: 18, scale: 2 }) totalPrice: string;
  @Column({ type: 'char', length: 3 }) country: string;
}
