import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AgentAuthorisationEntity } from '../domain/agent-authorisation.entity';

/** An agent authorisation, as its e-commerce company (and admins) see it. */
export class AgentAuthorisationView {
  @ApiProperty({ example: '5401EBC001', description: 'The e-commerce company that entrusted the agent (ebcCode of its lists)' }) ebcCode: string;
  @ApiProperty({ example: '5401AGT001', description: 'The declaration agent that may file lists naming ebcCode (agentCode of those lists)' }) agentCode: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Lhasa Customs Brokers' }) agentName: string | null;
  @ApiProperty({ description: 'When the agent was first authorised (authorising again keeps it)' }) authorisedAt: string;
}

export function toAgentAuthorisationView(row: AgentAuthorisationEntity): AgentAuthorisationView {
  return { ebcCode: row.ebcCode, agentCode: row.agentCode, agentName: row.agentName, authorisedAt: row.authorisedAt.toISOString() };
}
