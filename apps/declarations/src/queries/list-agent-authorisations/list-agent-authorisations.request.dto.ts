import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsEnterpriseCode } from '@lhasa/contracts';

/** GET /agent-authorisations?ebcCode= (ebcCode: admins only need it). */
export class ListAgentAuthorisationsRequestDto {
  @ApiPropertyOptional({ example: '5401EBC001', description: "The authorising e-commerce company: an enterprise key's own code (may be left out); required for admins" })
  @IsOptional()
  @IsEnterpriseCode()
  ebcCode?: string;
}
