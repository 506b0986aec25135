import { ApiProperty } from '@nestjs/swagger';
import { TurnoverChange, TurnoverFigures } from '../../shared/turnover-measure';

export class TurnoverFiguresView implements TurnoverFigures {
  @ApiProperty({ example: '2026-12-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ example: 31 }) days: number;
  @ApiProperty({ example: '70', description: '实减 in the period' }) outboundQuantity: string;
  @ApiProperty({ example: '700.00', description: 'Declared value of what went out (exit verification list lines, pro rata)' }) outboundValue: string;
  @ApiProperty({ example: '72.50000', description: 'Daily closing on-hand averaged over the days (5 decimals)' }) averageStock: string;
  @ApiProperty({ example: '0.9655', nullable: true, type: String, description: 'outbound ÷ average stock (4 decimals); null without stock' }) turnoverRatio: string | null;
  @ApiProperty({ example: '4.14', nullable: true, type: String, description: 'days ÷ turnover (2 decimals); null without outbound' }) daysOfInventory: string | null;
  @ApiProperty({ example: '2.50', nullable: true, type: String, description: 'Median dwell of lot draws at exit in the period, days' }) dwellMedianDays: string | null;
  @ApiProperty({ example: '10.00', nullable: true, type: String, description: 'p90 (nearest rank) dwell, days' }) dwellP90Days: string | null;
  @ApiProperty({ example: 4, description: 'Gate passages (in and out) in the period' }) gatePassages: number;
  @ApiProperty({ example: '0.13', description: 'Gate passages per day (2 decimals)' }) gateThroughputPerDay: string;
  @ApiProperty({ example: '1.25', nullable: true, type: String, description: 'Mean days from an inventory list filed (its pre-reduction) to its goods out through the exit gate' }) listToExitDays: string | null;
}

export class TurnoverChangeView implements TurnoverChange {
  @ApiProperty({ example: '31.20', nullable: true, type: String, description: 'Turnover ratio against the baseline, %' }) turnoverRatioPercent: string | null;
  @ApiProperty({ example: '12.00', nullable: true, type: String }) outboundQuantityPercent: string | null;
  @ApiProperty({ example: '-23.70', nullable: true, type: String }) daysOfInventoryPercent: string | null;
  @ApiProperty({ example: '30', description: "The zone's goal for turnover, % against the baseline" }) goalPercent: string;
  @ApiProperty({ example: true, nullable: true, type: Boolean }) goalMet: boolean | null;
}

export class TurnoverView {
  @ApiProperty({ example: 'T8800W000001' }) emsNo: string;
  @ApiProperty({ example: '1', nullable: true, type: String }) itemRecordNo: string | null;
  @ApiProperty({ type: TurnoverFiguresView }) period: TurnoverFiguresView;
  @ApiProperty({ type: TurnoverFiguresView, nullable: true }) baseline: TurnoverFiguresView | null;
  @ApiProperty({ type: TurnoverChangeView, nullable: true }) change: TurnoverChangeView | null;
}
