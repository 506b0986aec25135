import { Entity, PrimaryColumn } from 'typeorm';

/** A list one truck carries under a one-truck-many-lists gate pass (bind type 1). */
@Entity('gate_pass_lists')
export class GatePassList {
  @PrimaryColumn({ name: 'gate_pass_id', type: 'uuid' }) gatePassId: string;
  @PrimaryColumn({ name: 'verification_list_id', type: 'uuid' }) verificationListId: string;
}
