import { Controller, Delete, HttpCode, Param, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { NOT_YOUR_COMPANY } from '../../shared/filing-errors';
import { RevokeAgentRequestDto } from './revoke-agent.request.dto';
import { RevokeAgentService } from './revoke-agent.service';

@ApiTags('agent-authorisations')
@Controller('agent-authorisations/:agentCode')
export class RevokeAgentHttpController {
  constructor(private readonly service: RevokeAgentService) {}

  @Delete()
  @HttpCode(204)
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: "Withdraw an agent's authorisation: its later lists naming the caller are refused; lists filed already are not touched" })
  @ApiNoContentResponse({ description: 'revoked' })
  @ApiErrors({
    ...NOT_YOUR_COMPANY,
    400: { 'VALIDATION.REQUIRED': 'an admin without ebcCode' },
    404: { 'AGENT_AUTHORISATION.NOT_FOUND': "the agent is not authorised by the caller (another company's authorisation answers the same)" },
  })
  revoke(@Param('agentCode') agentCode: string, @Query() query: RevokeAgentRequestDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.service.revoke(caller, agentCode, query.ebcCode);
  }
}
