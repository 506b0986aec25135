import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsEnterpriseCode } from '@lhasa/contracts';

/** DELETE /agent-authorisations/:agentCode?ebcCode= (ebcCode: admins only need it). */
export class RevokeAgentRequestDto {
  @ApiPropertyOptional({ example: '5401EBC001', description: "The authorising e-commerce company: an enterprise key's own code (may be left out); required for admins" })
  @IsOptional()
  @IsEnterpriseCode()
  ebcCode?: string;
}
