import { Controller, Delete, HttpCode, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
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
  @ApiNotFoundResponse({ description: "AGENT_AUTHORISATION.NOT_FOUND: the agent is not authorised by the caller (another company's authorisation answers the same)" })
  @ApiForbiddenResponse({ description: "AUTH.NOT_YOUR_ENTERPRISE: ebcCode is not the caller's" })
  revoke(@Param('agentCode') agentCode: string, @Query() query: RevokeAgentRequestDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.service.revoke(caller, agentCode, query.ebcCode);
  }
}
