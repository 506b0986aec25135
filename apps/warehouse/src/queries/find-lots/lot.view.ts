import { ApiProperty } from '@nestjs/swagger';

export class LotDrawView {
  @ApiProperty({ example: '30' }) qty: string;
  @ApiProperty({ example: '2026-12-01T10:00:00.000Z' }) drawnAt: string;
  @ApiProperty({ example: '12.50', description: 'Dwell of these goods: gate-out minus gate-in, in days (2 decimals)' }) dwellDays: string;
}

export class LotView {
  @ApiProperty({ example: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', format: 'uuid' }) lotId: string;
  @ApiProperty({ example: '1' }) itemRecordNo: string;
  @ApiProperty({ enum: ['GATE_IN', 'RETURN', 'STOCKTAKE', 'OPENING'], description: 'GATE_IN: 实增 at the entry gate; RETURN: a return entry; STOCKTAKE: found at a stock-take (盘盈); OPENING: stock on hand before lots were kept' }) source: string;
  @ApiProperty({ example: '2026-11-20T08:00:00.000Z' }) gateInAt: string;
  @ApiProperty({ example: '116', nullable: true, type: String, description: 'Origin country (customs code) from the verification list or released list' }) country: string | null;
  @ApiProperty({ example: '100' }) qty: string;
  @ApiProperty({ example: '70', description: 'Still in the lot' }) remaining: string;
  @ApiProperty({ example: '1200.00', nullable: true, type: String, description: 'Declared value of the lot' }) value: string | null;
  @ApiProperty({ example: '11.25', description: 'Days since gate-in (2 decimals)' }) ageDays: string;
  @ApiProperty({ enum: ['OK', 'NEAR', 'OVER'], nullable: true, type: String, description: 'Against the storage limit that applies (storageLimitDays); null without one' }) ageing: string | null;
  @ApiProperty({ example: 90, nullable: true, type: Number, description: "The storage limit the lot ages against: the ledger's own, else the zone-wide WAREHOUSE_STORAGE_LIMIT_DAYS; null: none" })
  storageLimitDays: number | null;
  @ApiProperty({ enum: ['LEDGER', 'ZONE'], nullable: true, type: String, example: 'LEDGER', description: 'Where storageLimitDays comes from; null without a limit' }) storageLimitSource: 'LEDGER' | 'ZONE' | null;
  @ApiProperty({ type: [LotDrawView], description: 'FIFO draws by exit gate passages, oldest first' }) draws: LotDrawView[];
}
