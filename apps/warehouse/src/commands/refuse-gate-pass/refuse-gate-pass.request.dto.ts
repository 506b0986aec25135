import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RefuseGatePassRequestDto {
  @ApiProperty({ example: 'seal broken on the container', description: 'Why the gate refused the truck (SAS224 2); kept on the gate pass' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  reason: string;
}
