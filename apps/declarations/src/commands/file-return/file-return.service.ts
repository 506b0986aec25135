import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { BusinessKeys, ImportListReturn, plainOf } from '@lhasa/contracts';
import { CustomsPort } from '@lhasa/customs-port';
import { conflict, fieldErrors, isWithinReturnWindow, returnWindowClosesAt, ruleBroken, throwFieldErrors } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { declarationsConfig, DeclarationsConfig, taxRatesFor } from '../../config/declarations.config';
import { FINAL_LIST_STATUSES, RELEASED_LIST_STATUSES, RequestStatus } from '../../domain/document-status';
import { InventoryListEntity, InventoryListLineEntity } from '../../domain/inventory-list.entity';
import { assessReturn } from '../../domain/list-return';
import { ListReturnEntity, ListReturnLineEntity } from '../../domain/list-return.entity';
import { duplicateGnumErrors, hsCodeErrors, unitErrors } from '../../shared/code-tables';
import { differingFields } from '../../shared/document-difference';
import { assertHeadMatchesList, lockAgentList } from '../../shared/list-requests';
import { ListReturnView, toListReturnView } from '../../shared/list-return.view';
import { assertFiler } from '../../shared/parties';
import { FilingOutcome } from '../../shared/partner-document-filing';
import { violatedConstraint } from '../../shared/unique-violation';

/**
 * Files a consumer return (退货, CEB625) of a released import list with customs, within the
 * return window after its release. Only the list's agent files it, naming the list by invtNo;
 * the head must repeat the list's and every line be a line of it, at most as much as was
 * declared. What comes back is valued and the tax on what was kept worked out now; customs'
 * approval (399) makes the list RETURNED and gives the buyer's annual quota that value back.
 */
@Injectable()
export class FileReturnService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
    @Inject(declarationsConfig.KEY) private readonly config: DeclarationsConfig,
  ) {}

  async file(caller: Caller, input: ImportListReturn): Promise<FilingOutcome<ListReturnView>> {
    assertFiler(caller, [{ field: 'agentCode', code: input.agentCode }]);
    throwFieldErrors('invalid', [
      ...duplicateGnumErrors(input.lines, 'lines'),
      ...input.lines.flatMap((l, i) => [...hsCodeErrors(`lines.${i}.gcode`, l.gcode), ...unitErrors(`lines.${i}.unit`, l.unit)]),
    ]);
    try {
      return await this.attempt(caller, input);
    } catch (error) {
      if (violatedConstraint(error) !== 'list_returns_live_per_list') throw error;
    }
    // A concurrent return of the same list committed first: decide again, as for a resend.
    return this.attempt(caller, input);
  }

  private attempt(caller: Caller, input: ImportListReturn): Promise<FilingOutcome<ListReturnView>> {
    const document = plainOf(input);
    const now = new Date();
    return this.dataSource.transaction(async (m) => {
      const list = await lockAgentList(m, input.agentCode, input.invtNo, 'I');
      const live = await m.getRepository(ListReturnEntity).findOneBy({ listId: list.id, status: Not(RequestStatus.Refused) });
      if (live) return { created: false, filed: await sameOrConflict(m, live, list, document) };
      this.assertReturnable(list, now);
      assertHeadMatchesList('RETURN.DOES_NOT_MATCH_LIST', list, input);

      const declared = await m.getRepository(InventoryListLineEntity).findBy({ listId: list.id });
      const assessed = assessReturn({ freight: list.freight, insuredFee: list.insuredFee, fullTax: list.fullTax, lines: declared }, input.lines, taxRatesFor(this.config.tax));
      if ('errors' in assessed) throw fieldErrors('rule', assessed.errors);

      const id = randomUUID();
      const returns = m.getRepository(ListReturnEntity);
      await returns.insert(
        returns.create({
          id,
          listId: list.id,
          businessKey: BusinessKeys.listReturn(input),
          invtNo: input.invtNo,
          agentCode: input.agentCode,
          ebcCode: list.ebcCode,
          ebpCode: list.ebpCode,
          status: RequestStatus.Filed,
          returnStatus: null,
          returnInfo: null,
          returnTime: null,
          refuseCode: null,
          reason: input.reason,
          returnedValue: assessed.returnedValue,
          keptDutiableValue: assessed.keptTax.dutiableValue,
          keptVat: assessed.keptTax.vat,
          keptConsumptionTax: assessed.keptTax.consumptionTax,
          keptTotalTax: assessed.keptTax.totalTax,
          approvedAt: null,
          document,
          filedBy: caller.keyId,
        }),
      );
      await m.getRepository(ListReturnLineEntity).insert(
        assessed.lines.map((l) => ({
          returnId: id,
          gnum: l.gnum,
          itemRecordNo: l.itemRecordNo,
          gcode: l.gcode,
          gname: l.gname,
          unit: l.unit,
          country: l.country,
          qty: l.returnedQty,
          declaredQty: l.qty,
          declaredTotalPrice: l.totalPrice,
          returnedValue: l.returnedValue,
        })),
      );
      await this.customs.submit(this.outbox.bind(m), {
        messageType: 'CEB625',
        document: input,
        businessKey: BusinessKeys.listReturn(input),
        subject: id,
        tenant: list.ebcCode,
        filer: { copCode: input.agentCode, copName: input.agentName },
      });
      const saved = await returns.findOneByOrFail({ id });
      return { created: true, filed: toListReturnView(saved, await m.getRepository(ListReturnLineEntity).findBy({ returnId: id }), list) };
    });
  }

  /** Released (800) or closed (899), not over, and within the return window of its release. */
  private assertReturnable(list: InventoryListEntity, now: Date): void {
    if (FINAL_LIST_STATUSES.includes(list.status)) {
      throw ruleBroken('RETURN.LIST_FINAL', `inventory list ${list.invtNo} is ${list.status}: it cannot be returned`, 'invtNo', { listStatus: list.status });
    }
    if (!RELEASED_LIST_STATUSES.includes(list.status) || !list.releasedAt) {
      throw ruleBroken('RETURN.LIST_NOT_RELEASED', `inventory list ${list.invtNo} is ${list.status}: only a released list can be returned (cancel it before release)`, 'invtNo', {
        listStatus: list.status,
      });
    }
    const days = this.config.returns.windowDays;
    if (!isWithinReturnWindow(list.releasedAt, now, days)) {
      const closedAt = returnWindowClosesAt(list.releasedAt, days).toISOString();
      throw ruleBroken('RETURN.WINDOW_CLOSED', `inventory list ${list.invtNo} was released at ${list.releasedAt.toISOString()}: returns closed ${days} days later, at ${closedAt}`, 'invtNo', {
        releasedAt: list.releasedAt.toISOString(),
        windowClosedAt: closedAt,
        windowDays: days,
      });
    }
  }
}

/** The same return again is a safe retry (its current view); another body a 409 naming what differs. */
async function sameOrConflict(m: EntityManager, live: ListReturnEntity, list: InventoryListEntity, document: Record<string, unknown>): Promise<ListReturnView> {
  const differing = differingFields(live.document, document);
  if (differing.length) {
    throw conflict(
      'RETURN.ALREADY_FILED',
      `inventory list ${live.invtNo} has a return already (${live.status}): one return per list; it differs at ${differing.join(', ')}`,
      'invtNo',
      { id: live.id, status: live.status, differingFields: differing },
    );
  }
  return toListReturnView(live, await m.getRepository(ListReturnLineEntity).findBy({ returnId: live.id }), list);
}
