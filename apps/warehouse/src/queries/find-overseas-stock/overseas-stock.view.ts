import { ApiProperty } from '@nestjs/swagger';
import { formatQuantity, normaliseQuantity, parseQuantity } from '@lhasa/domain';
import { OverseasStock } from '../../domain/overseas-stock.entity';

export class OverseasStockLineView {
  @ApiProperty({ example: '5401E00001', description: 'The exporting company the goods belong to (the lists’ ebcCode)' }) ownerCode: string;
  @ApiProperty({ example: '5702420000' }) gcode: string;
  @ApiProperty({ example: 'wool rug' }) gname: string;
  @ApiProperty({ example: '011' }) unit: string;
  @ApiProperty({ example: '20', description: 'Received from released 9810 lists (cumulative)' }) received: string;
  @ApiProperty({ example: '0', description: 'Taken off again: released 9810 lists cancelled before their goods departed (cumulative)' }) cancelled: string;
  @ApiProperty({
    example: '20',
    description: 'In the warehouse now: received less cancelled, less what the exporter reports sold or returned (not reported yet)',
  })
  onHand: string;
}

export class OverseasStockView {
  @ApiProperty({ example: 'NPKTM-OW-01' }) warehouseCode: string;
  @ApiProperty({ type: [OverseasStockLineView] }) lines: OverseasStockLineView[];
}

export function toOverseasStockLineView(s: OverseasStock): OverseasStockLineView {
  const received = normaliseQuantity(s.received);
  const cancelled = normaliseQuantity(s.cancelled);
  const onHand = formatQuantity(parseQuantity(received) - parseQuantity(cancelled));
  return { ownerCode: s.ownerCode, gcode: s.gcode, gname: s.gname, unit: s.unit, received, cancelled, onHand };
}
