import { Controller, Get, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { AgentAuthorisationEntity } from '../../domain/agent-authorisation.entity';
import { authorisingCompany } from '../../shared/agent-authorisation-access';
import { AgentAuthorisationView, toAgentAuthorisationView } from '../../shared/agent-authorisation.view';
import { ListAgentAuthorisationsRequestDto } from './list-agent-authorisations.request.dto';

@ApiTags('agent-authorisations')
@Controller('agent-authorisations')
export class ListAgentAuthorisationsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: "The agents the caller's company authorised, by agentCode (never another company's)" })
  @ApiOkResponse({ type: [AgentAuthorisationView] })
  @ApiForbiddenResponse({ description: "AUTH.NOT_YOUR_ENTERPRISE: ebcCode is not the caller's" })
  async list(@CurrentCaller() caller: Caller, @Query() query: ListAgentAuthorisationsRequestDto): Promise<AgentAuthorisationView[]> {
    const ebcCode = authorisingCompany(caller, query.ebcCode);
    const rows = await this.dataSource.getRepository(AgentAuthorisationEntity).find({ where: { ebcCode }, order: { agentCode: 'ASC' } });
    return rows.map(toAgentAuthorisationView);
  }
}
