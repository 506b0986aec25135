import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsEnterpriseCode } from '@lhasa/contracts';

export class AuthoriseAgentRequestDto {
  @ApiProperty({ example: '5401AGT001', description: 'The declaration agent (agentCode of the lists it will file for this company)' })
  @IsEnterpriseCode()
  agentCode: string;

  @ApiPropertyOptional({ example: 'Lhasa Customs Brokers' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  agentName?: string;

  @ApiPropertyOptional({ example: '5401EBC001', description: "The authorising e-commerce company: an enterprise key's own code (may be left out); required for admins" })
  @IsOptional()
  @IsEnterpriseCode()
  ebcCode?: string;
}
