import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Basis } from './trade-fact';

/** A counted line (see TradeFact); written only by TradeFactWriter, read by the queries. */
@Entity('trade_facts')
export class TradeFactEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) basis: Basis;
  @Column({ name: 'source_type', type: 'text' }) sourceType: string;
  @Column({ name: 'source_id', type: 'text' }) sourceId: string;
  @Column({ type: 'int' }) gnum: number;
  @Column({ type: 'char', length: 1 }) direction: 'I' | 'E';
  @Column({ name: 'trade_mode', type: 'text' }) tradeMode: string;
  @Column({ name: 'release_date', type: 'date' }) releaseDate: string;
  @Column({ type: 'smallint' }) year: number;
  @Column({ type: 'smallint' }) month: number;
  @Column({ name: 'enterprise_code', type: 'text' }) enterpriseCode: string;
  @Column({ type: 'text' }) country: string;
  @Column({ name: 'hs_chapter', type: 'text' }) hsChapter: string;
  /** bigint comes back from pg as a string; never parsed into a float. */
  @Column({ name: 'value_fen', type: 'bigint', nullable: true }) valueFen: string | null;
  @Column({ type: 'text' }) currency: string;
  @Column({ name: 'original_amount', type: 'numeric', precision: 18, scale: 2 }) originalAmount: string;
  @Column({ name: 'rate_to_cny', type: 'numeric', precision: 18, scale: 8, nullable: true }) rateToCny: string | null;
  /** The month (yyyy-MM) whose rate of the currency the fact takes, pending or not. */
  @Column({ name: 'rate_month', type: 'char', length: 7 }) rateMonth: string;
  @Column({ name: 'nets_source_id', type: 'text', nullable: true }) netsSourceId: string | null;
  /** RETURN only: the release date of the list it nets (the RESTATED return policy dates it so). */
  @Column({ name: 'nets_release_date', type: 'date', nullable: true }) netsReleaseDate: string | null;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
