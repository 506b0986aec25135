import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { notFound } from '@lhasa/domain';
import { AgentAuthorisationEntity } from '../../domain/agent-authorisation.entity';
import { authorisingCompany } from '../../shared/agent-authorisation-access';

/**
 * The e-commerce company withdraws an agent's authorisation: lists the agent files naming it from
 * now on are refused (403 LIST.AGENT_NOT_AUTHORISED). A filing in flight holds the row FOR SHARE,
 * so it commits before the revocation or is refused after it. Lists filed already are untouched.
 */
@Injectable()
export class RevokeAgentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async revoke(caller: Caller, agentCode: string, ebcCodeGiven: string | undefined): Promise<void> {
    const ebcCode = authorisingCompany(caller, ebcCodeGiven);
    const removed = await this.dataSource.getRepository(AgentAuthorisationEntity).delete({ ebcCode, agentCode });
    if (!removed.affected) throw notFound('AGENT_AUTHORISATION.NOT_FOUND', `${agentCode} is not an authorised agent of ${ebcCode}`, 'agentCode');
  }
}
