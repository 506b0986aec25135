import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { NOT_YOUR_COMPANY } from '../../shared/filing-errors';
import { AgentAuthorisationView } from '../../shared/agent-authorisation.view';
import { AuthoriseAgentRequestDto } from './authorise-agent.request.dto';
import { AuthoriseAgentService } from './authorise-agent.service';

@ApiTags('agent-authorisations')
@Controller('agent-authorisations')
export class AuthoriseAgentHttpController {
  constructor(private readonly service: AuthoriseAgentService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiOperation({
    summary: "Entrust (委托) a declaration agent to file the caller's inventory lists",
    description: 'The agent may then file lists naming the caller as ebcCode. Idempotent: authorising again answers 200 with the same authorisation.',
  })
  @ApiCreatedResponse({ type: AgentAuthorisationView, description: 'authorised' })
  @ApiOkResponse({ type: AgentAuthorisationView, description: 'authorised already: the same authorisation (its first name and time)' })
  @ApiErrors({
    ...NOT_YOUR_COMPANY,
    400: { 'AGENT_AUTHORISATION.SELF': 'agentCode is the company itself (it needs no authorisation)', 'VALIDATION.REQUIRED': 'an admin without ebcCode' },
  })
  async authorise(@CurrentCaller() caller: Caller, @Body() body: AuthoriseAgentRequestDto, @Res({ passthrough: true }) res: Response): Promise<AgentAuthorisationView> {
    const { created, authorisation } = await this.service.authorise(caller, body);
    res.status(created ? 201 : 200);
    return authorisation;
  }
}
