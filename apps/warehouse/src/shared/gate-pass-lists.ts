import { EntityManager } from 'typeorm';
import { GatePassBindType } from '@lhasa/domain';
import { GatePass } from '../domain/gate-pass.entity';
import { GatePassList } from '../domain/gate-pass-list.entity';
import { GatePassView, toGatePassView } from './gate-pass.view';

/** The lists a pass carries, in id order: those of a bind type 1 pass, else its own (none for an empty truck). */
export async function carriedListIds(m: EntityManager, pass: GatePass): Promise<string[]> {
  if (pass.bindTypecd !== GatePassBindType.ONE_TRUCK_MANY_LISTS) return pass.verificationListId ? [pass.verificationListId] : [];
  const rows = await m.getRepository(GatePassList).find({ where: { gatePassId: pass.id }, order: { verificationListId: 'ASC' } });
  return rows.map((r) => r.verificationListId);
}

export async function gatePassView(m: EntityManager, pass: GatePass): Promise<GatePassView> {
  return toGatePassView(pass, await carriedListIds(m, pass));
}
