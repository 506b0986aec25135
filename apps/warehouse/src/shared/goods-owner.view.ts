import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GoodsOwner } from '../domain/goods-owner.entity';

export class GoodsOwnerView {
  @ApiProperty({ example: 'T8800W000001' }) emsNo: string;
  @ApiProperty({ example: '5401E00001', description: 'The admitted e-commerce company (ebcCode of its lists)' }) ebcCode: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Himalaya Goods' }) name: string | null;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) admittedAt: string;
}

export function toGoodsOwnerView(owner: GoodsOwner): GoodsOwnerView {
  return { emsNo: owner.emsNo, ebcCode: owner.ebcCode, name: owner.name, admittedAt: owner.admittedAt.toISOString() };
}
