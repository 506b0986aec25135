import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CustomsPort } from '@lhasa/customs-port';
import { OutboxPublisher } from '@lhasa/messaging';
import {
  addMoney,
  BONDED_ECOMMERCE_VERIFICATION_LIST_TYPE,
  CNY_CEB_CODE,
  ORDINARY_VERIFICATION_LIST_TYPE, conflict, invalidInput,
  ruleBroken,
} from '@lhasa/domain';
import { bindForExit } from '../../domain/exit-binding';
import { groupExitLines } from '../../domain/exit-lines';
import { Ledger } from '../../domain/ledger.entity';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { VerificationList, VerificationListOrigin } from '../../domain/verification-list.entity';
import { VerificationListLine } from '../../domain/verification-list-line.entity';
import { toVerificationListView, VerificationListView } from '../../shared/verification-list.view';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { submitVerificationList } from '../../shared/submit-verification-list';
import { FileVerificationListRequestDto } from './file-verification-list.request.dto';

/** A request with its direction settled and the chosen lists under inventoryListIds. */
export type NormalisedRequest = Omit<FileVerificationListRequestDto, 'impexpMarkcd' | 'listIds'> & { impexpMarkcd: 'I' | 'E' };

interface DraftLine {
  itemRecordNo: string;
  qty: string;
  totalPrice: string;
  country: string;
  /** Where the line came from in the request, to name the field at fault. */
  field: string;
}

/** Files a verification list (核注清单) and sends it to customs (INV101) in one transaction. */
@Injectable()
export class FileVerificationListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
  ) {}

  async file(caller: Caller, request: FileVerificationListRequestDto): Promise<VerificationListView> {
    const body = this.normalise(request);
    return this.dataSource.transaction((m) => this.fileIn(m, caller, body, 'OPERATOR'));
  }

  /** Files within the caller's transaction (the exit batcher's); `body` as `normalise` left it. */
  fileIn(m: EntityManager, caller: Caller, body: NormalisedRequest, origin: VerificationListOrigin): Promise<VerificationListView> {
    return body.impexpMarkcd === 'I' ? this.fileEntry(m, caller, body) : this.fileExit(m, caller, body, origin);
  }

  /** Checks what one field cannot say alone, and settles the defaults (impexpMarkcd, listIds). */
  normalise(request: FileVerificationListRequestDto): NormalisedRequest {
    if (request.listIds !== undefined && request.inventoryListIds !== undefined) {
      throw invalidInput('WAREHOUSE.LIST_IDS_TWICE', 'Give listIds or inventoryListIds, not both', 'listIds');
    }
    const { listIds, ...rest } = request;
    const body: NormalisedRequest = {
      ...rest,
      impexpMarkcd: request.impexpMarkcd ?? (request.purpose === 'ECOMMERCE_EXIT' ? 'E' : 'I'),
      ...(listIds !== undefined ? { inventoryListIds: listIds } : {}),
    };
    const expectedPurpose = body.impexpMarkcd === 'I' ? 'BONDED_ENTRY' : 'ECOMMERCE_EXIT';
    if (body.purpose !== expectedPurpose) {
      throw invalidInput('WAREHOUSE.PURPOSE_MISMATCH', `purpose must be ${expectedPurpose} when impexpMarkcd is ${body.impexpMarkcd}`, 'purpose');
    }
    if (body.impexpMarkcd === 'I' && body.inventoryListIds !== undefined) {
      throw invalidInput('WAREHOUSE.INVENTORY_LISTS_NOT_ALLOWED', 'inventoryListIds belong on an exit (E) list only', 'inventoryListIds');
    }
    if (body.impexpMarkcd === 'I' && body.ieFlag !== undefined) {
      throw invalidInput('WAREHOUSE.IE_FLAG_NOT_ALLOWED', 'ieFlag chooses the released lists of an exit (E) list only', 'ieFlag');
    }
    if (body.impexpMarkcd === 'E' && body.bondInvtTypecd !== undefined && body.bondInvtTypecd !== BONDED_ECOMMERCE_VERIFICATION_LIST_TYPE) {
      throw invalidInput('WAREHOUSE.BOND_INVT_TYPE_MISMATCH', `An exit (E) list of released 1210 lists is of type ${BONDED_ECOMMERCE_VERIFICATION_LIST_TYPE} (bonded e-commerce)`, 'bondInvtTypecd');
    }
    if (body.impexpMarkcd === 'E' && body.lines !== undefined) {
      throw invalidInput('WAREHOUSE.LINES_NOT_ALLOWED', 'An exit (E) list takes its lines from released inventory lists; give inventoryListIds instead', 'lines');
    }
    return body;
  }

  private async fileEntry(m: EntityManager, caller: Caller, body: NormalisedRequest): Promise<VerificationListView> {
    const ledger = await findAccessibleLedger(m, caller, body.emsNo);
    const lines: DraftLine[] = body.lines!.map((l, i) => ({ ...l, field: `lines.${i}.itemRecordNo` }));
    return this.create(m, ledger, body, body.currency ?? CNY_CEB_CODE, lines, [], 'OPERATOR');
  }

  private async fileExit(m: EntityManager, caller: Caller, body: NormalisedRequest, origin: VerificationListOrigin): Promise<VerificationListView> {
    // The ledger row lock serialises exit lists of one ledger, so two cannot take the same lists;
    // the reservation locks order the binding with a cancel returning one of them meanwhile.
    const ledger = await findAccessibleLedger(m, caller, body.emsNo, { lock: true });
    const ids = body.inventoryListIds ? [...new Set(body.inventoryListIds)] : undefined;
    const awaiting = await m.getRepository(StockReservation).find({
      where: {
        emsNo: ledger.emsNo,
        status: 'RELEASED',
        exitVerificationListId: IsNull(),
        ...(ids ? { listId: In(ids) } : {}),
        ...(body.ieFlag ? { ieFlag: body.ieFlag } : {}),
      },
      order: { releasedAt: 'ASC', listId: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    if (ids) {
      const found = new Set(awaiting.map((r) => r.listId));
      const notAwaiting = ids.filter((id) => !found.has(id));
      if (notAwaiting.length) {
        throw ruleBroken(
          'WAREHOUSE.LIST_NOT_AWAITING_EXIT',
          `Not released inventory lists of ledger ${ledger.emsNo} awaiting exit: ${notAwaiting.join(', ')}`,
          'inventoryListIds',
          { inventoryListIds: notAwaiting },
        );
      }
    }
    if (!awaiting.length) throw ruleBroken('WAREHOUSE.NOTHING_TO_EXIT', `Ledger ${ledger.emsNo} has no released inventory lists awaiting exit`, 'inventoryListIds');
    // Import goods leave for the domestic market, special-area exports for abroad: never on one list.
    const directions = new Set(awaiting.map((r) => r.ieFlag));
    if (directions.size > 1) {
      throw ruleBroken(
        'WAREHOUSE.MIXED_DIRECTION',
        'The released lists awaiting exit are import (I) and export (E) lists; one exit list holds one direction: give ieFlag or inventoryListIds',
        body.inventoryListIds ? 'inventoryListIds' : 'ieFlag',
        { ieFlags: [...directions].sort() },
      );
    }
    const currencies = new Set(awaiting.map((r) => r.currency ?? CNY_CEB_CODE));
    if (currencies.size > 1 || (body.currency && !currencies.has(body.currency))) {
      throw ruleBroken('WAREHOUSE.MIXED_CURRENCY', `The released lists are in ${[...currencies].join(', ')}; one exit list holds one currency`, 'currency');
    }
    const grouped = groupExitLines(awaiting.map((r) => r.releasedLines ?? []));
    const lines: DraftLine[] = grouped.map((l) => ({ ...l, field: 'inventoryListIds' }));
    const view = await this.create(m, ledger, body, [...currencies][0], lines, awaiting.map((r) => r.listId), origin);
    await bindForExit(m, this.outbox.bind(m), { id: view.id, emsNo: ledger.emsNo, ownerCode: ledger.ownerCode }, awaiting.map((r) => r.listId));
    return view;
  }

  private async create(
    m: EntityManager,
    ledger: Ledger,
    body: NormalisedRequest,
    currency: string,
    draft: DraftLine[],
    inventoryListIds: string[],
    origin: VerificationListOrigin,
  ): Promise<VerificationListView> {
    const ledgerLines = await m.getRepository(LedgerLine).findBy({ emsNo: ledger.emsNo, itemRecordNo: In([...new Set(draft.map((l) => l.itemRecordNo))]) });
    const byItem = new Map(ledgerLines.map((l) => [l.itemRecordNo, l]));
    for (const line of draft) {
      const ledgerLine = byItem.get(line.itemRecordNo);
      if (!ledgerLine) throw ruleBroken('WAREHOUSE.LINE_NOT_FOUND', `Ledger ${ledger.emsNo} has no line ${line.itemRecordNo}`, line.field);
      if (ledgerLine.suspended) {
        throw conflict('WAREHOUSE.LINE_SUSPENDED', `Ledger line ${line.itemRecordNo} is suspended by customs; no goods may move on it`, line.field);
      }
    }
    const id = randomUUID();
    const list = m.getRepository(VerificationList).create({
      id,
      emsNo: ledger.emsNo,
      ownerCode: ledger.ownerCode,
      impexpMarkcd: body.impexpMarkcd,
      purpose: body.purpose,
      origin,
      bondInvtTypecd: body.impexpMarkcd === 'E' ? BONDED_ECOMMERCE_VERIFICATION_LIST_TYPE : (body.bondInvtTypecd ?? ORDINARY_VERIFICATION_LIST_TYPE),
      currency,
      country: body.country ?? null,
      totalValue: addMoney(...draft.map((l) => l.totalPrice)),
      status: 'SENT',
    });
    await m.getRepository(VerificationList).insert(list);
    const lines = draft.map((l, i) => {
      const ledgerLine = byItem.get(l.itemRecordNo)!;
      return m.getRepository(VerificationListLine).create({
        verificationListId: id,
        gnum: i + 1,
        itemRecordNo: l.itemRecordNo,
        gcode: ledgerLine.gcode,
        gname: ledgerLine.gname,
        unit: ledgerLine.unit,
        qty: l.qty,
        totalPrice: l.totalPrice,
        country: l.country,
      });
    });
    await m.getRepository(VerificationListLine).insert(lines);
    const saved = await m.getRepository(VerificationList).findOneByOrFail({ id });
    const view = toVerificationListView(saved, lines, inventoryListIds);
    await submitVerificationList(this.customs, this.outbox.bind(m), ledger, saved, lines);
    return view;
  }
}
