import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { invalidInput } from '@lhasa/domain';
import { AgentAuthorisationEntity } from '../../domain/agent-authorisation.entity';
import { authorisingCompany } from '../../shared/agent-authorisation-access';
import { AgentAuthorisationView, toAgentAuthorisationView } from '../../shared/agent-authorisation.view';
import { AuthoriseAgentRequestDto } from './authorise-agent.request.dto';

/**
 * The e-commerce company entrusts (委托) a declaration agent: from now on the agent may file
 * inventory lists naming the company as ebcCode. Authorising again changes nothing (the first
 * authorisation and its name stay) and answers the same, with `created: false`.
 */
@Injectable()
export class AuthoriseAgentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async authorise(caller: Caller, body: AuthoriseAgentRequestDto): Promise<{ created: boolean; authorisation: AgentAuthorisationView }> {
    const ebcCode = authorisingCompany(caller, body.ebcCode);
    if (body.agentCode === ebcCode) {
      throw invalidInput('AGENT_AUTHORISATION.SELF', `${ebcCode} files its own lists without an authorisation: agentCode must be another enterprise`, 'agentCode');
    }
    return this.dataSource.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO agent_authorisations (ebc_code, agent_code, agent_name, authorised_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (ebc_code, agent_code) DO NOTHING RETURNING agent_code`,
        [ebcCode, body.agentCode, body.agentName ?? null, caller.keyId],
      );
      const row = await m.getRepository(AgentAuthorisationEntity).findOneByOrFail({ ebcCode, agentCode: body.agentCode });
      return { created: inserted.length > 0, authorisation: toAgentAuthorisationView(row) };
    });
  }
}
