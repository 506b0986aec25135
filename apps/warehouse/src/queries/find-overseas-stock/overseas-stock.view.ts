import { ApiProperty } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { OverseasStock } from '../../domain/overseas-stock.entity';
import { overseasOnHand } from '../../domain/overseas-stock-rules';

export class OverseasStockLineView {
  @ApiProperty({ example: '5401E00001', description: 'The exporting company the goods belong to (the lists’ ebcCode)' }) ownerCode: string;
  @ApiProperty({ example: '5702420000' }) gcode: string;
  @ApiProperty({ example: 'wool rug' }) gname: string;
  @ApiProperty({ example: '011' }) unit: string;
  @ApiProperty({ example: '20', description: 'Received from released 9810 lists (cumulative)' }) received: string;
  @ApiProperty({ example: '0', description: 'Taken off again: released 9810 lists cancelled before their goods departed (cumulative)' }) cancelled: string;
  @ApiProperty({ example: '0', description: 'Sold from the warehouse, as the exporter reports it (cumulative)' }) sold: string;
  @ApiProperty({ example: '0', description: 'Returned to the warehouse by buyers, as the exporter reports it (cumulative, at most sold)' }) returned: string;
  @ApiProperty({ example: '20', description: 'In the warehouse now: received − cancelled − sold + returned' })
  onHand: string;
}

export class OverseasStockView {
  @ApiProperty({ example: 'NPKTM-OW-01' }) warehouseCode: string;
  @ApiProperty({ type: [OverseasStockLineView] }) lines: OverseasStockLineView[];
}

export function toOverseasStockLineView(s: OverseasStock): OverseasStockLineView {
  const received = normaliseQuantity(s.received);
  const cancelled = normaliseQuantity(s.cancelled);
  const sold = normaliseQuantity(s.sold ?? '0');
  const returned = normaliseQuantity(s.returned ?? '0');
  const onHand = overseasOnHand({ received, cancelled, sold, returned });
  return { ownerCode: s.ownerCode, gcode: s.gcode, gname: s.gname, unit: s.unit, received, cancelled, sold, returned, onHand };
}
