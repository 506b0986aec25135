import { ApiProperty } from '@nestjs/swagger';
import { OverseasStockReport } from '../domain/overseas-stock-report.entity';

export class OverseasReportLineView {
  @ApiProperty({ example: '5702420000' }) gcode: string;
  @ApiProperty({ example: 'wool rug' }) gname: string;
  @ApiProperty({ example: '011' }) unit: string;
  @ApiProperty({ example: '2' }) qty: string;
}

export class OverseasStockReportView {
  @ApiProperty({ example: 'NPKTM-OW-01' }) warehouseCode: string;
  @ApiProperty({ example: '5401E00001', description: 'The exporter whose goods moved' }) ownerCode: string;
  @ApiProperty({ enum: ['SOLD', 'RETURNED'] }) kind: string;
  @ApiProperty({ example: 'SR-2026-12-001' }) reportNo: string;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) reportedAt: string;
  @ApiProperty({ example: '2026-12-01T08:00:01.000Z', description: 'When the warehouse recorded it (the first time)' }) recordedAt: string;
  @ApiProperty({ type: [OverseasReportLineView], description: 'Summed per goods (gcode, gname, unit)' }) lines: OverseasReportLineView[];
}

export function toOverseasStockReportView(r: OverseasStockReport): OverseasStockReportView {
  return {
    warehouseCode: r.warehouseCode,
    ownerCode: r.ownerCode,
    kind: r.kind,
    reportNo: r.reportNo,
    reportedAt: r.reportedAt.toISOString(),
    recordedAt: r.recordedAt.toISOString(),
    lines: r.lines.map((l) => ({ gcode: l.gcode, gname: l.gname, unit: l.unit, qty: l.qty })),
  };
}
