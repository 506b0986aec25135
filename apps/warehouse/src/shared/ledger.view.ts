import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { Ledger } from '../domain/ledger.entity';
import { LedgerLine } from '../domain/ledger-line.entity';
import { availableForPreReduction, onHand } from '../domain/stock-rules';

export class LineQuantitiesView {
  @ApiProperty({ example: '100', description: '预增: approved inbound (cumulative)' }) preIncreased: string;
  @ApiProperty({ example: '100', description: '实增: gated in (cumulative)' }) actualIncreased: string;
  @ApiProperty({ example: '3', description: '预减: pre-reductions net of returns (cumulative)' }) preReduced: string;
  @ApiProperty({ example: '1', description: '实减: gated out (cumulative)' }) actualReduced: string;
}

export class LedgerLineView {
  @ApiProperty({ example: '1' }) itemRecordNo: string;
  @ApiProperty({ example: '3304990000' }) gcode: string;
  @ApiProperty({ example: 'Himalayan face cream' }) gname: string;
  @ApiProperty({ example: '011' }) unit: string;
  @ApiPropertyOptional({ example: 'SKU-0001', nullable: true, type: String }) itemNo: string | null;
  @ApiProperty() suspended: boolean;
  @ApiProperty({ type: LineQuantitiesView }) quantities: LineQuantitiesView;
  @ApiProperty({ example: '1', description: '退货实增: returned goods taken back on the line by return entries (cumulative)' }) returnIncreased: string;
  @ApiProperty({ example: '0', description: '盘盈: found over on-hand by stock-takes (cumulative)' }) stockTakeGain: string;
  @ApiProperty({ example: '0', description: '盘亏: found missing by stock-takes (cumulative)' }) stockTakeLoss: string;
  @ApiProperty({ example: '0', description: 'Held by stock-take losses waiting for customs: still on hand, not available' }) stockTakeHeld: string;
  @ApiProperty({ example: '99', description: '实增 + 退货实增 + 盘盈 − 盘亏 − 实减' }) onHand: string;
  @ApiProperty({ example: '97', description: '实增 + 退货实增 + 盘盈 − 盘亏 − 预减 − held: what a new pre-reduction may take' }) available: string;
}

export class LedgerView {
  @ApiProperty({ example: 'T8800W000001' }) emsNo: string;
  @ApiProperty({ example: 'Lhasa CBZ bonded warehouse A' }) name: string;
  @ApiPropertyOptional({ example: 'LSZBQ', nullable: true, type: String }) areaCode: string | null;
  @ApiProperty({ example: '5401000001' }) ownerCode: string;
  @ApiProperty({ example: 90, nullable: true, type: Number, description: 'Days a lot may stay before it is past its storage limit; null: no limit' }) storageLimitDays: number | null;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) createdAt: string;
}

export class LedgerWithLinesView extends LedgerView {
  @ApiProperty({ type: [LedgerLineView] }) lines: LedgerLineView[];
}

export function toLedgerView(ledger: Ledger): LedgerView {
  return { emsNo: ledger.emsNo, name: ledger.name, areaCode: ledger.areaCode, ownerCode: ledger.ownerCode, storageLimitDays: ledger.storageLimitDays ?? null, createdAt: ledger.createdAt.toISOString() };
}

export function toLedgerLineView(line: LedgerLine): LedgerLineView {
  const quantities = {
    preIncreased: normaliseQuantity(line.preIncreased),
    actualIncreased: normaliseQuantity(line.actualIncreased),
    preReduced: normaliseQuantity(line.preReduced),
    actualReduced: normaliseQuantity(line.actualReduced),
  };
  const returnIncreased = normaliseQuantity(line.returnIncreased);
  const stockTakeGain = normaliseQuantity(line.stockTakeGain ?? '0');
  const stockTakeLoss = normaliseQuantity(line.stockTakeLoss ?? '0');
  const stockTakeHeld = normaliseQuantity(line.stockTakeHeld ?? '0');
  const all = { ...quantities, returnIncreased, stockTakeGain, stockTakeLoss, stockTakeHeld };
  return {
    itemRecordNo: line.itemRecordNo,
    gcode: line.gcode,
    gname: line.gname,
    unit: line.unit,
    itemNo: line.itemNo,
    suspended: line.suspended,
    quantities,
    returnIncreased,
    stockTakeGain,
    stockTakeLoss,
    stockTakeHeld,
    onHand: onHand(all),
    available: availableForPreReduction(all),
  };
}
