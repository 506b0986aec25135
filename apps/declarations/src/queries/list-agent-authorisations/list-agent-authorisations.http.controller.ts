import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { NOT_YOUR_COMPANY } from '../../shared/filing-errors';
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
  @ApiErrors({ ...NOT_YOUR_COMPANY, 400: { 'VALIDATION.REQUIRED': 'an admin without ebcCode' } })
  async list(@CurrentCaller() caller: Caller, @Query() query: ListAgentAuthorisationsRequestDto): Promise<AgentAuthorisationView[]> {
    const ebcCode = authorisingCompany(caller, query.ebcCode);
    const rows = await this.dataSource.getRepository(AgentAuthorisationEntity).find({ where: { ebcCode }, order: { agentCode: 'ASC' } });
    return rows.map(toAgentAuthorisationView);
  }
}
