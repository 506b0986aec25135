import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class IssueGatePassRequestDto {
  @ApiProperty({ format: 'uuid', description: 'An APPROVED verification list' })
  @IsUUID()
  verificationListId: string;

  @ApiProperty({ example: '藏A12345', description: 'Licence plate of the truck (车牌号)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  vehicleNo: string;
}
