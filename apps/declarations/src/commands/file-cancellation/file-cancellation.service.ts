import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { BusinessKeys, plainOf } from '@lhasa/contracts';
import type { CustomsDocumentOf } from '@lhasa/contracts';
import { CustomsPort } from '@lhasa/customs-port';
import { conflict, ruleBroken } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { RequestStatus } from '../../domain/document-status';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { cancelRefusal } from '../../domain/list-cancel';
import { CancellationMessageType, ListCancellationEntity } from '../../domain/list-cancellation.entity';
import { differingFields } from '../../shared/document-difference';
import { ListCancellationView, toListCancellationView } from '../../shared/list-cancellation.view';
import { assertHeadMatchesList, lockAgentList } from '../../shared/list-requests';
import { assertFiler } from '../../shared/parties';
import { FilingOutcome } from '../../shared/partner-document-filing';
import { violatedConstraint } from '../../shared/unique-violation';

/** The cancel's document: its message type's contract class (CEB623 ImportListCancel, CEB605 ExportListCancel). */
type CancelDocument<T extends CancellationMessageType> = CustomsDocumentOf<T>;

const IE_FLAG: Record<CancellationMessageType, 'I' | 'E'> = { CEB623: 'I', CEB605: 'E' };

/**
 * Files a cancel (撤销) of an inventory list with customs: CEB623 for an import list, CEB605 for
 * an export list. Only the list's agent files it, naming the list by invtNo; the head must repeat
 * the list's; its goods must not have left (domain/list-cancel.ts: a released bonded list until the
 * warehouse binds it for exit, an export list until it departs) and the list must not be over. The
 * cancel is stored and sent in one transaction, under the list's lock (which the warehouse's
 * binding takes too); customs' approval (399) cancels the list.
 */
@Injectable()
export class FileCancellationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
  ) {}

  async file<T extends CancellationMessageType>(caller: Caller, messageType: T, input: CancelDocument<T>): Promise<FilingOutcome<ListCancellationView>> {
    assertFiler(caller, [{ field: 'agentCode', code: input.agentCode }]);
    try {
      return await this.attempt(caller, messageType, input);
    } catch (error) {
      if (violatedConstraint(error) !== 'list_cancellations_live_per_list') throw error;
    }
    // A concurrent cancel of the same list committed first: decide again, as for a resend.
    return this.attempt(caller, messageType, input);
  }

  private attempt<T extends CancellationMessageType>(caller: Caller, messageType: T, input: CancelDocument<T>): Promise<FilingOutcome<ListCancellationView>> {
    const document = plainOf(input);
    return this.dataSource.transaction(async (m) => {
      const list = await lockAgentList(m, input.agentCode, input.invtNo, IE_FLAG[messageType]);
      const live = await liveCancellation(m, list.id);
      if (live) return { created: false, filed: sameOrConflict(live, document) };
      assertCancellable(list);
      assertHeadMatchesList('CANCEL.DOES_NOT_MATCH_LIST', list, input);

      const repo = m.getRepository(ListCancellationEntity);
      const cancellation = repo.create({
        id: randomUUID(),
        messageType,
        listId: list.id,
        businessKey: BusinessKeys.listCancel(input),
        invtNo: input.invtNo,
        agentCode: input.agentCode,
        ebcCode: list.ebcCode,
        ebpCode: messageType === 'CEB623' ? list.ebpCode : null,
        status: RequestStatus.Filed,
        returnStatus: null,
        returnInfo: null,
        returnTime: null,
        refuseCode: null,
        reason: input.reason,
        approvedAt: null,
        document,
        filedBy: caller.keyId,
      });
      await repo.insert(cancellation);
      await this.customs.submit(this.outbox.bind(m), {
        messageType,
        document: input,
        businessKey: cancellation.businessKey,
        subject: cancellation.id,
        tenant: list.ebcCode,
        filer: { copCode: input.agentCode, copName: input.agentName },
      });
      const saved = await repo.findOneByOrFail({ id: cancellation.id });
      return { created: true, filed: toListCancellationView(saved) };
    });
  }
}

/** The list's cancel that is not refused, if any: at most one (a unique index holds it). */
function liveCancellation(m: EntityManager, listId: string): Promise<ListCancellationEntity | null> {
  return m.getRepository(ListCancellationEntity).findOneBy({ listId, status: Not(RequestStatus.Refused) });
}

/** The same cancel again is a safe retry (its current view); another body a 409 naming what differs. */
function sameOrConflict(live: ListCancellationEntity, document: Record<string, unknown>): ListCancellationView {
  const differing = differingFields(live.document, document);
  if (!differing.length) return toListCancellationView(live);
  throw conflict(
    'CANCEL.ALREADY_FILED',
    `inventory list ${live.invtNo} has a cancel already (${live.status}); it differs at ${differing.join(', ')}`,
    'invtNo',
    { id: live.id, status: live.status, differingFields: differing },
  );
}

/** The cancel rule (domain/list-cancel.ts), as the 422 a filer gets. */
function assertCancellable(list: InventoryListEntity): void {
  const refusal = cancelRefusal(list);
  if (refusal) throw ruleBroken(refusal.code, refusal.message, 'invtNo', refusal.details);
}
