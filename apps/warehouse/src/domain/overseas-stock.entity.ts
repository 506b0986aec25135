import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Goods of one exporter (ownerCode, the list's ebcCode) in one overseas warehouse, identified as
 * the released lists declare them (gcode + gname + unit). Changed only by OverseasStockLedger,
 * together with an overseas_stock_movements row.
 */
@Entity('overseas_stock')
export class OverseasStock {
  @PrimaryColumn({ name: 'warehouse_code', type: 'text' }) warehouseCode: string;
  @PrimaryColumn({ name: 'owner_code', type: 'text' }) ownerCode: string;
  @PrimaryColumn({ type: 'char', length: 10 }) gcode: string;
  @PrimaryColumn({ type: 'text' }) gname: string;
  @PrimaryColumn({ type: 'char', length: 3 }) unit: string;
  @Column({ type: 'numeric', precision: 19, scale: 5 }) received: string;
  /** Taken off again: lists cancelled after their release, before their goods departed. */
  @Column({ type: 'numeric', precision: 19, scale: 5 }) cancelled: string;
  /** The exporter's reports: sold from the warehouse, and returned to it by buyers (cumulative). */
  @Column({ type: 'numeric', precision: 19, scale: 5, default: 0 }) sold: string;
  @Column({ type: 'numeric', precision: 19, scale: 5, default: 0 }) returned: string;
}
