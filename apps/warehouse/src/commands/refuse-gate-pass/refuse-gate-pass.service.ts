import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { WarehouseEvents } from '@lhasa/contracts';
import { OutboxPublisher } from '@lhasa/messaging';
import { conflict, isUuid, notFound } from '@lhasa/domain';
import { GatePass } from '../../domain/gate-pass.entity';
import { GatePassView } from '../../shared/gate-pass.view';
import { gatePassView } from '../../shared/gate-pass-lists';
import { actsFor } from '../../shared/ledger-access';

/**
 * The gate refused the truck of an approved gate pass (SAS224 2): nothing moves, the pass is
 * REFUSED with its reason, and its list may take a new pass for another attempt;
 * warehouse.GatePassRefused says so.
 */
@Injectable()
export class RefuseGatePassService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  refuse(caller: Caller, id: string, reason: string): Promise<GatePassView> {
    return this.dataSource.transaction(async (m) => {
      // Another operator's gate pass answers exactly as an unknown one, and is never locked.
      const found = isUuid(id) ? await m.getRepository(GatePass).findOneBy({ id }) : null;
      const pass = found && actsFor(caller, found.ownerCode) ? await m.getRepository(GatePass).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!pass) throw notFound('WAREHOUSE.GATE_PASS_NOT_FOUND', `No gate pass ${id}`, 'id');
      if (pass.status === 'PASSED') throw conflict('WAREHOUSE.ALREADY_PASSED', `Gate pass ${id} passed the gate at ${pass.passedAt?.toISOString()}`, 'id', { status: pass.status });
      if (pass.status === 'REFUSED') throw conflict('WAREHOUSE.GATE_PASS_REFUSED', `The gate refused gate pass ${id} already: ${pass.refusalReason}`, 'id', { status: pass.status });
      if (pass.status !== 'APPROVED') {
        throw conflict('WAREHOUSE.GATE_PASS_NOT_APPROVED', `Gate pass ${id} is ${pass.status}; only the truck of an APPROVED pass reaches the gate`, 'id', { status: pass.status });
      }
      await m.getRepository(GatePass).update({ id }, { status: 'REFUSED', refusalReason: reason, refusedAt: new Date() });
      const refused = await m.getRepository(GatePass).findOneByOrFail({ id });
      // Announced in the same transaction, keyed by the pass like GatePassed.
      await this.outbox.publish(m, WarehouseEvents.GatePassRefused, {
        subject: id,
        tenant: refused.ownerCode,
        data: { gatePassId: id, emsNo: refused.emsNo, operatorCode: refused.ownerCode, vehicleNo: refused.vehicleNo, reason, refusedAt: refused.refusedAt!.toISOString() },
      });
      return gatePassView(m, refused);
    });
  }
}
