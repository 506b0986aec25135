import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CustomsPort } from '@lhasa/customs-port';
import { OutboxPublisher } from '@lhasa/messaging';
import { conflict, LHASA_CUSTOMS_DISTRICT, notFound } from '@lhasa/domain';
import { GatePass } from '../../domain/gate-pass.entity';
import { Ledger } from '../../domain/ledger.entity';
import { VerificationList } from '../../domain/verification-list.entity';
import { GatePassView, toGatePassView } from '../../shared/gate-pass.view';
import { actsFor } from '../../shared/ledger-access';
import { IssueGatePassRequestDto } from './issue-gate-pass.request.dto';

/** Issues a gate pass (核放单) for an approved verification list and sends it to customs (SAS121) in one transaction. */
@Injectable()
export class IssueGatePassService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
  ) {}

  issue(caller: Caller, body: IssueGatePassRequestDto): Promise<GatePassView> {
    return this.dataSource.transaction(async (m) => {
      // Locking the list serialises gate passes for it: one live pass per list.
      // Another operator's list answers exactly as an unknown one, and is never locked.
      const found = await m.getRepository(VerificationList).findOneBy({ id: body.verificationListId });
      const list =
        found && actsFor(caller, found.ownerCode)
          ? await m.getRepository(VerificationList).findOne({ where: { id: body.verificationListId }, lock: { mode: 'pessimistic_write' } })
          : null;
      if (!list) throw notFound('WAREHOUSE.VERIFICATION_LIST_NOT_FOUND', `No verification list ${body.verificationListId}`, 'verificationListId');
      if (list.status !== 'APPROVED') {
        throw conflict('WAREHOUSE.VERIFICATION_LIST_NOT_APPROVED', `Verification list ${list.id} is ${list.status}; a gate pass needs an APPROVED list`, 'verificationListId', {
          status: list.status,
        });
      }
      const live = await m.getRepository(GatePass).findOne({ where: { verificationListId: list.id, status: Not('REJECTED') } });
      if (live) {
        throw conflict('WAREHOUSE.GATE_PASS_EXISTS', `Verification list ${list.id} already has gate pass ${live.id} (${live.status})`, 'verificationListId', {
          gatePassId: live.id,
        });
      }
      const ledger = await m.getRepository(Ledger).findOneByOrFail({ emsNo: list.emsNo });
      const id = randomUUID();
      await m.getRepository(GatePass).insert({ id, verificationListId: list.id, emsNo: list.emsNo, ownerCode: list.ownerCode, vehicleNo: body.vehicleNo, status: 'SENT' });
      const pass = await m.getRepository(GatePass).findOneByOrFail({ id });
      const view = toGatePassView(pass);
      await this.customs.submit(this.outbox.bind(m), {
        messageType: 'SAS121',
        document: {
          head: {
            etpsPreentNo: id,
            ioTypecd: list.impexpMarkcd,
            bindTypecd: '2',
            rltTbTypecd: '1',
            vehicleNo: body.vehicleNo,
            areainOriactNo: list.emsNo,
            areainEtpsno: ledger.ownerCode,
            areainEtpsNm: ledger.name,
            dclplcCuscd: LHASA_CUSTOMS_DISTRICT,
          },
          relations: [{ rtlBillTypecd: '1', rtlBillNo: list.bondInvtNo ?? list.id }],
        },
        businessKey: id,
        subject: id,
        tenant: ledger.ownerCode,
        filer: { copCode: ledger.ownerCode, copName: ledger.name },
      });
      return view;
    });
  }
}
