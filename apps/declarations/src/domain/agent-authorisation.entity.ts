import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A declaration agent the e-commerce company (ebcCode) entrusted (委托) to declare its inventory
 * lists. An agent files a list naming another company as ebcCode only while that company's row
 * for it exists; deleting the row refuses later filings, lists filed already stay as they are.
 */
@Entity('agent_authorisations')
export class AgentAuthorisationEntity {
  @PrimaryColumn('text', { name: 'ebc_code' }) ebcCode: string;
  @PrimaryColumn('text', { name: 'agent_code' }) agentCode: string;
  @Column('text', { name: 'agent_name', nullable: true }) agentName: string | null;
  @Column('text', { name: 'authorised_by' }) authorisedBy: string;
  @CreateDateColumn({ name: 'authorised_at', type: 'timestamptz' }) authorisedAt: Date;
}
