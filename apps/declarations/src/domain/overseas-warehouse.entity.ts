import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * This service's copy of the overseas-warehouse registry (owned by the warehouse service), kept
 * from warehouse.OverseasWarehouseRegistered: the latest state of each registration by
 * (registeredAt, revision). A 9810 list may name only a warehouse here and active.
 */
@Entity('overseas_warehouses')
export class OverseasWarehouseEntity {
  @PrimaryColumn('text') code: string;
  @Column('text') name: string;
  @Column('text') country: string;
  @Column('text', { name: 'operator_code' }) operatorCode: string;
  @Column('text') address: string;
  @Column('boolean') active: boolean;
  @Column('timestamptz', { name: 'registered_at' }) registeredAt: Date;
  /** The state's revision when the event carries one (0 when not): orders states of one registeredAt. */
  @Column('int') revision: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
