import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CustomsPort } from '@lhasa/customs-port';
import { OutboxPublisher } from '@lhasa/messaging';
import {
  conflict,
  EMPTY_VEHICLE_GATE_PASS_TYPE,
  GatePassBindType,
  invalidInput,
  LHASA_CUSTOMS_DISTRICT,
  normaliseQuantity,
  notFound,
  ruleBroken,
  SECOND_LINE_GATE_PASS_TYPE,
} from '@lhasa/domain';
import { CarriedLine, GatePass } from '../../domain/gate-pass.entity';
import { GatePassList } from '../../domain/gate-pass-list.entity';
import { overCarried } from '../../domain/gate-pass-rules';
import { Ledger } from '../../domain/ledger.entity';
import { sumByItemRecordNo } from '../../domain/stock-rules';
import { VerificationList } from '../../domain/verification-list.entity';
import { VerificationListLine } from '../../domain/verification-list-line.entity';
import { GatePassView, toGatePassView } from '../../shared/gate-pass.view';
import { actsFor, findAccessibleLedger } from '../../shared/ledger-access';
import { IssueGatePassRequestDto } from './issue-gate-pass.request.dto';

/** Issues a gate pass (核放单) and sends it to customs (SAS121) in one transaction. */
@Injectable()
export class IssueGatePassService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
  ) {}

  issue(caller: Caller, body: IssueGatePassRequestDto): Promise<GatePassView> {
    return this.dataSource.transaction((m) => this.issueIn(m, caller, body));
  }

  /** Issues within the caller's transaction (the exit batcher's for an approved batch). */
  issueIn(m: EntityManager, caller: Caller, body: IssueGatePassRequestDto): Promise<GatePassView> {
    const passportTypecd = body.passportTypecd ?? SECOND_LINE_GATE_PASS_TYPE;
    const bindTypecd = body.bindTypecd ?? GatePassBindType.ONE_TO_ONE;
    if (passportTypecd === EMPTY_VEHICLE_GATE_PASS_TYPE) {
      for (const field of ['verificationListId', 'verificationListIds', 'lines', 'bindTypecd'] as const) {
        if (body[field] !== undefined) throw invalidInput('WAREHOUSE.EMPTY_TRUCK_CARRIES_NOTHING', `An empty truck's pass (passportTypecd 6) takes no ${field}`, field);
      }
      if (!body.emsNo) throw invalidInput('WAREHOUSE.EMS_NO_REQUIRED', "An empty truck's pass names the ledger whose gate it passes", 'emsNo');
      if (!body.ioTypecd) throw invalidInput('WAREHOUSE.IO_TYPE_REQUIRED', "An empty truck's pass says whether it enters (I) or leaves (E)", 'ioTypecd');
      return this.issueEmpty(m, caller, body, body.emsNo!, body.ioTypecd!);
    }
    if (body.emsNo !== undefined) throw invalidInput('WAREHOUSE.EMS_NO_NOT_ALLOWED', "A pass for a list takes the list's ledger; emsNo is for an empty truck", 'emsNo');
    if (bindTypecd === GatePassBindType.ONE_TRUCK_MANY_LISTS) {
      if (body.verificationListId !== undefined) {
        throw invalidInput('WAREHOUSE.VERIFICATION_LIST_ID_NOT_ALLOWED', 'A one-truck-many-lists pass (bind type 1) names its lists in verificationListIds', 'verificationListId');
      }
      if (!body.verificationListIds) throw invalidInput('WAREHOUSE.VERIFICATION_LIST_IDS_REQUIRED', 'A one-truck-many-lists pass (bind type 1) names its lists', 'verificationListIds');
      if (body.lines !== undefined) throw invalidInput('WAREHOUSE.LINES_NOT_ALLOWED', 'Only a one-list-many-trucks pass (bind type 3) names lines; others carry their whole lists', 'lines');
      return this.issueForLists(m, caller, body, passportTypecd);
    }
    if (body.verificationListIds !== undefined) {
      throw invalidInput('WAREHOUSE.VERIFICATION_LIST_IDS_NOT_ALLOWED', 'Only a one-truck-many-lists pass (bind type 1) names several lists', 'verificationListIds');
    }
    if (bindTypecd === GatePassBindType.ONE_LIST_MANY_TRUCKS && !body.lines) {
      throw invalidInput('WAREHOUSE.LINES_REQUIRED', 'A one-list-many-trucks pass (bind type 3) names what its truck carries', 'lines');
    }
    if (bindTypecd !== GatePassBindType.ONE_LIST_MANY_TRUCKS && body.lines !== undefined) {
      throw invalidInput('WAREHOUSE.LINES_NOT_ALLOWED', 'Only a one-list-many-trucks pass (bind type 3) names lines; others carry their whole list', 'lines');
    }
    return this.issueForList(m, caller, body, passportTypecd, bindTypecd);
  }

  private async issueEmpty(m: EntityManager, caller: Caller, body: IssueGatePassRequestDto, emsNo: string, ioTypecd: 'I' | 'E'): Promise<GatePassView> {
    const ledger = await findAccessibleLedger(m, caller, emsNo);
    return this.insertAndSubmit(m, ledger, null, { vehicleNo: body.vehicleNo, passportTypecd: EMPTY_VEHICLE_GATE_PASS_TYPE, ioTypecd, bindTypecd: GatePassBindType.ONE_TO_ONE, lines: null });
  }

  private async issueForList(m: EntityManager, caller: Caller, body: IssueGatePassRequestDto, passportTypecd: string, bindTypecd: string): Promise<GatePassView> {
    // Locking the list serialises gate passes for it: one live pass per list, or (bind type 3)
    // passes that together never carry more than it. Another operator's list answers exactly
    // as an unknown one, and is never locked.
    const found = await m.getRepository(VerificationList).findOneBy({ id: body.verificationListId });
    const list =
      found && actsFor(caller, found.ownerCode)
        ? await m.getRepository(VerificationList).findOne({ where: { id: body.verificationListId }, lock: { mode: 'pessimistic_write' } })
        : null;
    if (!list) throw notFound('WAREHOUSE.VERIFICATION_LIST_NOT_FOUND', `No verification list ${body.verificationListId}`, 'verificationListId');
    if (list.purpose === 'STOCK_TAKE') throw stockTakeListOnTruck([list.id], 'verificationListId');
    if (list.status !== 'APPROVED') {
      throw conflict('WAREHOUSE.VERIFICATION_LIST_NOT_APPROVED', `Verification list ${list.id} is ${list.status}; a gate pass needs an APPROVED list`, 'verificationListId', {
        status: list.status,
      });
    }
    if (body.ioTypecd && body.ioTypecd !== list.impexpMarkcd) {
      throw invalidInput('WAREHOUSE.IO_TYPE_MISMATCH', `Verification list ${list.id} is ${list.impexpMarkcd}; its truck's ioTypecd is the same`, 'ioTypecd');
    }
    const onTruck = await this.liveManyListsPass(m, [list.id]);
    if (onTruck) {
      throw conflict('WAREHOUSE.GATE_PASS_EXISTS', `Verification list ${list.id} already has gate pass ${onTruck.id} (${onTruck.status})`, 'verificationListId', { gatePassId: onTruck.id });
    }
    const live = await m.getRepository(GatePass).find({ where: { verificationListId: list.id, status: Not(In(['REJECTED', 'REFUSED'])) }, order: { createdAt: 'ASC' } });
    const whole = live.find((p) => p.bindTypecd !== GatePassBindType.ONE_LIST_MANY_TRUCKS);
    if (whole || (live.length && bindTypecd !== GatePassBindType.ONE_LIST_MANY_TRUCKS)) {
      const other = whole ?? live[0];
      throw conflict('WAREHOUSE.GATE_PASS_EXISTS', `Verification list ${list.id} already has gate pass ${other.id} (${other.status})`, 'verificationListId', { gatePassId: other.id });
    }
    let lines: CarriedLine[] | null = null;
    if (bindTypecd === GatePassBindType.ONE_LIST_MANY_TRUCKS) {
      lines = sumByItemRecordNo(body.lines!.map((l) => ({ itemRecordNo: l.itemRecordNo, qty: normaliseQuantity(l.qty) })));
      const listLines = await m.getRepository(VerificationListLine).findBy({ verificationListId: list.id });
      const over = overCarried(
        listLines.map((l) => ({ itemRecordNo: l.itemRecordNo, qty: normaliseQuantity(l.qty) })),
        live.flatMap((p) => p.lines ?? []),
        lines,
      );
      if (over.length) {
        throw ruleBroken(
          'WAREHOUSE.GATE_PASS_OVER_LIST',
          `The trucks of verification list ${list.id} would carry more than it holds of line(s) ${over.map((o) => o.itemRecordNo).join(', ')}`,
          'lines',
          { over },
        );
      }
    }
    const ledger = await m.getRepository(Ledger).findOneByOrFail({ emsNo: list.emsNo });
    return this.insertAndSubmit(m, ledger, list, { vehicleNo: body.vehicleNo, passportTypecd, ioTypecd: list.impexpMarkcd, bindTypecd, lines });
  }

  /** The live bind type 1 pass carrying one of `listIds`, if any. */
  private async liveManyListsPass(m: EntityManager, listIds: string[]): Promise<GatePass | null> {
    return m
      .getRepository(GatePass)
      .createQueryBuilder('g')
      .innerJoin(GatePassList, 'l', 'l.gate_pass_id = g.id')
      .where('l.verification_list_id IN (:...listIds)', { listIds })
      .andWhere(`g.status NOT IN ('REJECTED', 'REFUSED')`)
      .orderBy('g.created_at', 'ASC')
      .getOne();
  }

  private async issueForLists(m: EntityManager, caller: Caller, body: IssueGatePassRequestDto, passportTypecd: string): Promise<GatePassView> {
    const ids = [...new Set(body.verificationListIds!)].sort();
    // Locked in id order (no deadlocks with another pass taking some of them); another
    // operator's list answers exactly as an unknown one, and is never locked.
    const found = await m.getRepository(VerificationList).findBy({ id: In(ids) });
    const own = new Set(found.filter((l) => actsFor(caller, l.ownerCode)).map((l) => l.id));
    const unknown = ids.filter((id) => !own.has(id));
    if (unknown.length) throw notFound('WAREHOUSE.VERIFICATION_LIST_NOT_FOUND', `No verification list ${unknown.join(', ')}`, 'verificationListIds');
    const lists = await m.getRepository(VerificationList).find({ where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const stockTakes = lists.filter((l) => l.purpose === 'STOCK_TAKE').map((l) => l.id);
    if (stockTakes.length) throw stockTakeListOnTruck(stockTakes, 'verificationListIds');
    const notApproved = lists.filter((l) => l.status !== 'APPROVED');
    if (notApproved.length) {
      throw conflict('WAREHOUSE.VERIFICATION_LIST_NOT_APPROVED', `Verification list(s) ${notApproved.map((l) => l.id).join(', ')} not APPROVED; a gate pass needs approved lists`, 'verificationListIds', {
        verificationListIds: notApproved.map((l) => l.id),
      });
    }
    if (new Set(lists.map((l) => `${l.emsNo}/${l.impexpMarkcd}`)).size > 1) {
      throw ruleBroken('WAREHOUSE.LISTS_MIXED', 'One truck carries lists of one ledger and one direction', 'verificationListIds');
    }
    if (body.ioTypecd && body.ioTypecd !== lists[0].impexpMarkcd) {
      throw invalidInput('WAREHOUSE.IO_TYPE_MISMATCH', `The lists are ${lists[0].impexpMarkcd}; their truck's ioTypecd is the same`, 'ioTypecd');
    }
    const live = (await this.liveManyListsPass(m, ids)) ?? (await m.getRepository(GatePass).findOne({ where: { verificationListId: In(ids), status: Not(In(['REJECTED', 'REFUSED'])) } }));
    if (live) throw conflict('WAREHOUSE.GATE_PASS_EXISTS', `A list of these already has gate pass ${live.id} (${live.status})`, 'verificationListIds', { gatePassId: live.id });
    const ledger = await m.getRepository(Ledger).findOneByOrFail({ emsNo: lists[0].emsNo });
    return this.insertAndSubmit(m, ledger, lists, { vehicleNo: body.vehicleNo, passportTypecd, ioTypecd: lists[0].impexpMarkcd, bindTypecd: GatePassBindType.ONE_TRUCK_MANY_LISTS, lines: null });
  }

  private async insertAndSubmit(
    m: EntityManager,
    ledger: Ledger,
    carried: VerificationList | VerificationList[] | null,
    fields: Pick<GatePass, 'vehicleNo' | 'passportTypecd' | 'ioTypecd' | 'bindTypecd' | 'lines'>,
  ): Promise<GatePassView> {
    const id = randomUUID();
    const lists = carried === null ? [] : Array.isArray(carried) ? carried : [carried];
    await m.getRepository(GatePass).insert({ id, verificationListId: lists[0]?.id ?? null, emsNo: ledger.emsNo, ownerCode: ledger.ownerCode, status: 'SENT', ...fields });
    if (fields.bindTypecd === GatePassBindType.ONE_TRUCK_MANY_LISTS) {
      await m.getRepository(GatePassList).insert(lists.map((l) => ({ gatePassId: id, verificationListId: l.id })));
    }
    const pass = await m.getRepository(GatePass).findOneByOrFail({ id });
    await this.customs.submit(this.outbox.bind(m), {
      messageType: 'SAS121',
      document: {
        head: {
          etpsPreentNo: id,
          passportTypecd: fields.passportTypecd,
          ioTypecd: fields.ioTypecd,
          bindTypecd: fields.bindTypecd as '1' | '2' | '3',
          rltTbTypecd: '1',
          vehicleNo: fields.vehicleNo,
          areainOriactNo: ledger.emsNo,
          areainEtpsno: ledger.ownerCode,
          areainEtpsNm: ledger.name,
          dclplcCuscd: LHASA_CUSTOMS_DISTRICT,
        },
        ...(fields.lines ? { lines: fields.lines.map((l) => ({ putrecSeqno: l.itemRecordNo, dclQty: l.qty })) } : {}),
        ...(lists.length ? { relations: lists.map((l) => ({ rtlBillTypecd: '1' as const, rtlBillNo: l.bondInvtNo ?? l.id })) } : {}),
      },
      businessKey: id,
      subject: id,
      tenant: ledger.ownerCode,
      filer: { copCode: ledger.ownerCode, copName: ledger.name },
    });
    return toGatePassView(pass, lists.map((l) => l.id));
  }
}

/** A stock-take's verification list corrects the count of goods already in the warehouse: no truck carries it. */
function stockTakeListOnTruck(ids: string[], field: string) {
  return ruleBroken('WAREHOUSE.STOCK_TAKE_LIST_NOT_GATED', `Verification list(s) ${ids.join(', ')} file a stock-take's difference; no gate pass carries them`, field, { verificationListIds: ids });
}
