import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class WithdrawInventoryListRequestDto {
  @ApiProperty({ example: '消费者取消订单', description: 'why the list is withdrawn (kept as its rejectReason), ≤ 500 characters' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
