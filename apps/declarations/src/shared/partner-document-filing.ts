import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CustomsDocumentOf, plainOf } from '@lhasa/contracts';
import { CustomsPort } from '@lhasa/customs-port';
import { conflict, DomainError } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { PartnerDocumentStatus } from '../domain/document-status';
import { PartnerDocumentColumns } from '../domain/partner-document.columns';
import { differingFields } from './document-difference';
import { isPartyOf, PartyDocument } from './parties';
import { violatedConstraint } from './unique-violation';

export interface FiledDocument {
  id: string;
  status: string;
  businessKey: string;
  orderNo: string;
}

/** A filing's answer: `created` false when the same document was filed already (a safe retry). */
export interface FilingOutcome<T> {
  created: boolean;
  filed: T;
}

/** What differs between filing an order, a payment and a waybill; the rest is one procedure. */
export type PartnerMessageType = 'CEB311' | 'CEB411' | 'CEB511';

export interface PartnerDocumentFiling<E extends PartnerDocumentColumns, T extends PartnerMessageType = PartnerMessageType> {
  entity: EntityTarget<E>;
  messageType: T;
  businessKey: string;
  orderNo: string;
  /** The filer, who is also the event's tenant and the XML's copCode. */
  filer: { copCode: string; copName: string };
  /** The columns of the row besides id, businessKey, orderNo, status, document and filedBy. */
  columns: Partial<E>;
  /** Rows already holding one of the document's unique keys, the one with its business key first. */
  existing: (manager: EntityManager) => Promise<E[]>;
  /** Whose document it is (DOCUMENT_PARTIES): they alone see how a re-filing differs. */
  parties: PartyDocument;
  /** The 409; `message` says what is filed already. */
  duplicate: { code: string; message: string; field: string };
  /** Prefix of the table's unique constraints, for a race the `existing` check lost. */
  constraintPrefix: string;
  /** Advisory lock held for the filing: concurrent filings of one key are decided one after the other. */
  lockKey: string;
  /** Rules that need other documents, run under the lock once the document is known to be new. */
  check?: (manager: EntityManager) => Promise<void>;
}

/**
 * Files an order (CEB311), payment (CEB411) or waybill (CEB511): stores it and hands it to
 * customs in one transaction, so the document and its message exist together or not at all.
 * Filing the same document again (the same canonical body) answers with the one already filed;
 * a different body under a key already taken is a 409 naming the fields that differ.
 */
@Injectable()
export class PartnerDocumentFiler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
  ) {}

  async file<E extends PartnerDocumentColumns, T extends PartnerMessageType>(
    caller: Caller,
    source: CustomsDocumentOf<T>,
    f: PartnerDocumentFiling<E, T>,
  ): Promise<FilingOutcome<FiledDocument>> {
    try {
      return await this.attempt(caller, source, f);
    } catch (error) {
      if (!violatedConstraint(error)?.startsWith(f.constraintPrefix)) throw error;
    }
    // A concurrent filing took a key first and has committed: decide again, as for a resend.
    try {
      return await this.attempt(caller, source, f);
    } catch (error) {
      if (violatedConstraint(error)?.startsWith(f.constraintPrefix)) throw conflict(f.duplicate.code, f.duplicate.message, f.duplicate.field);
      throw error;
    }
  }

  private async attempt<E extends PartnerDocumentColumns, T extends PartnerMessageType>(
    caller: Caller,
    source: CustomsDocumentOf<T>,
    f: PartnerDocumentFiling<E, T>,
  ): Promise<FilingOutcome<FiledDocument>> {
    const id = randomUUID();
    const document = plainOf(source);
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [f.lockKey]);
      const [row, ...others] = await f.existing(m);
      if (row) {
        const differing = differingFields(row.document, document);
        if (!differing.length && !others.length) return { created: false, filed: filedOf(row) };
        throw duplicateOf(caller, f, row, differing);
      }
      await f.check?.(m);
      await m.getRepository(f.entity).insert({
        ...f.columns,
        id,
        businessKey: f.businessKey,
        orderNo: f.orderNo,
        status: PartnerDocumentStatus.Filed,
        document,
        filedBy: caller.keyId,
      } as unknown as Parameters<ReturnType<EntityManager['getRepository']>['insert']>[0]);
      await this.customs.submit(this.outbox.bind(m), {
        messageType: f.messageType,
        document: source,
        businessKey: f.businessKey,
        subject: id,
        tenant: f.filer.copCode,
        filer: f.filer,
      });
      return { created: true, filed: { id, status: PartnerDocumentStatus.Filed, orderNo: f.orderNo, businessKey: f.businessKey } };
    });
  }
}

function filedOf(row: PartnerDocumentColumns): FiledDocument {
  return { id: row.id, status: row.status, orderNo: row.orderNo, businessKey: row.businessKey };
}

/**
 * 409 for a key already taken by another body. Its parties learn which fields differ and the
 * filed document's id and status; anyone else only that the key is taken.
 */
function duplicateOf<E extends PartnerDocumentColumns>(
  caller: Caller,
  f: PartnerDocumentFiling<E, PartnerMessageType>,
  row: E,
  differing: string[],
): DomainError {
  if (!isPartyOf(caller, f.parties, row as never)) return conflict(f.duplicate.code, f.duplicate.message, f.duplicate.field);
  const fields = differing.length ? differing : [f.duplicate.field];
  return conflict(f.duplicate.code, `${f.duplicate.message} with other values: ${fields.join(', ')}`, f.duplicate.field, {
    differingFields: fields,
    id: row.id,
    status: row.status,
    businessKey: row.businessKey,
  });
}
