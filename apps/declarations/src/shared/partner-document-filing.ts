import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CustomsDocumentOf, plainOf } from '@lhasa/contracts';
import { CustomsPort } from '@lhasa/customs-port';
import { conflict, DomainError } from '@lhasa/domain';
import { PartnerDocumentStatus } from '../domain/document-status';
import { FiledDocumentColumns } from '../domain/filed-document.columns';
import { OutboxPublisher } from '@lhasa/messaging';
import { FiledMessageType, PartnerMessageType } from '../domain/receipt-targets';
import { differingFields } from './document-difference';
import { isPartyOf, PartyDocument } from './parties';
import { eventsWithRows, findByKeys, insertStatement, lockAndFind } from './entity-sql';
import { violatedConstraint } from './unique-violation';


export interface FiledDocument {
  id: string;
  status: string;
  businessKey: string;
  /** The order the document belongs to, when it names one. */
  orderNo?: string;
}

/** A filing's answer: `created` false when the same document was filed already (a safe retry). */
export interface FilingOutcome<T> {
  created: boolean;
  filed: T;
}

/** What differs between filing one single-filer document and another; the rest is one procedure. */
export interface DocumentFiling<E extends FiledDocumentColumns, T extends FiledMessageType = PartnerMessageType> {
  entity: EntityTarget<E>;
  messageType: T;
  businessKey: string;
  orderNo?: string;
  /** The filer, who is also the event's tenant and the XML's copCode. */
  filer: { copCode: string; copName: string };
  /** The columns of the row besides id, messageType, businessKey, orderNo, status, document and filedBy. */
  columns: Partial<E>;
  /**
   * The document's unique keys (each a set of equal columns), its business key first: rows holding
   * one of them are the document filed already, read with the lock in one round trip.
   */
  keys: Array<Partial<E>>;
  /** Whose document it is (DOCUMENT_PARTIES): they alone see how a re-filing differs. */
  parties: PartyDocument;
  /** The 409; `message` says what is filed already. */
  duplicate: { code: string; message: string; field: string };
  /** Prefix of the table's unique constraints, for a race the `existing` check lost. */
  constraintPrefix: string;
  /**
   * Advisory lock held for a filing with rules under it (`check`, `compose`, `afterInsert`):
   * concurrent filings of one key are decided one after the other, in a transaction. Without one
   * the document's unique constraints alone decide concurrent filings, and the filing is two
   * statements: the read of `keys`, then the row with its events in one statement (atomic on its
   * own, no transaction round trips).
   */
  lockKey?: string;
  /**
   * The lock in a statement of its own before the read of `keys` (default: one round trip for both,
   * a race lost to a filing of the same key then decided by the unique constraints): for a filing
   * whose `check` or `compose` would refuse what such a filing took (a summary's lists).
   */
  lockSeparately?: boolean;
  /** Rules that need other documents, run under the lock once the document is known to be new. */
  check?: (manager: EntityManager) => Promise<void>;
  /**
   * The document that goes to customs (and is stored), when it is more than the body filed: made
   * under the lock from other rows (a summary application and its lists). Default: the body.
   */
  compose?: (manager: EntityManager, id: string) => Promise<CustomsDocumentOf<T>>;
  /** The part of a stored document a re-filing's body is compared with (default: all of it). */
  comparable?: (stored: Record<string, unknown>) => Record<string, unknown>;
  /** Rows that belong to the document (what it names), written in the same transaction. */
  afterInsert?: (manager: EntityManager, id: string) => Promise<void>;
}

/**
 * Files a document with one filer (an order, payment, receipt of payment, waybill, arrival or
 * departure report, summary application): stores it and hands it to customs in one
 * transaction, so the document and its message exist together or not at all. Filing the same
 * document again (the same canonical body) answers with the one already filed; a different body
 * under a key already taken is a 409 naming the fields that differ.
 */
@Injectable()
export class PartnerDocumentFiler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
  ) {}

  /** `source`: the validated body, the customs document itself unless `compose` makes it. */
  async file<E extends FiledDocumentColumns, T extends FiledMessageType>(caller: Caller, source: object, f: DocumentFiling<E, T>): Promise<FilingOutcome<FiledDocument>> {
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

  private async attempt<E extends FiledDocumentColumns, T extends FiledMessageType>(
    caller: Caller,
    source: object,
    f: DocumentFiling<E, T>,
  ): Promise<FilingOutcome<FiledDocument>> {
    const id = randomUUID();
    const body = plainOf(source);
    if (f.lockKey === undefined) {
      if (f.check || f.compose || f.afterInsert || f.lockSeparately) throw new Error(`the ${f.messageType} filing has rules under a lock but names no lockKey`);
      const known = answerKnown(caller, f, body, (await findByKeys(this.dataSource.manager, f.entity, f.keys)).rows);
      return known ?? (await this.insert(this.dataSource.manager, caller, id, source as CustomsDocumentOf<T>, f));
    }
    const lockKey = f.lockKey;
    return this.dataSource.transaction(async (m) => {
      const known = answerKnown(caller, f, body, await lockAndFind(m, f.entity, lockKey, f.keys, { separately: f.lockSeparately }));
      if (known) return known;
      await f.check?.(m);
      const document = f.compose ? await f.compose(m, id) : (source as CustomsDocumentOf<T>);
      const filed = await this.insert(m, caller, id, document, f);
      await f.afterInsert?.(m, id);
      return filed;
    });
  }

  /** The document's row, its message to customs and its events, in one statement of `m`. */
  private async insert<E extends FiledDocumentColumns, T extends FiledMessageType>(
    m: EntityManager,
    caller: Caller,
    id: string,
    document: CustomsDocumentOf<T>,
    f: DocumentFiling<E, T>,
  ): Promise<FilingOutcome<FiledDocument>> {
    // The message to customs is made (validated, rendered) first, then the row and its event are one statement.
    const events = eventsWithRows(this.outbox);
    await this.customs.submit(events.publish, {
      messageType: f.messageType,
      document,
      businessKey: f.businessKey,
      subject: id,
      tenant: f.filer.copCode,
      filer: f.filer,
    });
    const values: Partial<FiledDocumentColumns> = {
      ...f.columns,
      id,
      messageType: f.messageType,
      businessKey: f.businessKey,
      ...(f.orderNo !== undefined ? { orderNo: f.orderNo } : {}),
      status: PartnerDocumentStatus.Filed,
      document: plainOf(document),
      filedBy: caller.keyId,
    };
    await events.insert(m, [(offset) => insertStatement<FiledDocumentColumns>(m, f.entity, [values], offset)]);
    return { created: true, filed: { id, status: PartnerDocumentStatus.Filed, businessKey: f.businessKey, ...(f.orderNo ? { orderNo: f.orderNo } : {}) } };
  }
}

/**
 * The answer when the document's keys are taken (`rows`, the business key's first): the one
 * filed already for the same body, a 409 otherwise; undefined when the document is new.
 */
function answerKnown<E extends FiledDocumentColumns>(caller: Caller, f: DocumentFiling<E, FiledMessageType>, body: Record<string, unknown>, rows: E[]): FilingOutcome<FiledDocument> | undefined {
  const [row, ...others] = rows;
  if (!row) return undefined;
  const differing = differingFields(f.comparable ? f.comparable(row.document) : row.document, body);
  if (!differing.length && !others.length) return { created: false, filed: filedOf(row) };
  throw duplicateOf(caller, f, row, differing);
}

function filedOf(row: FiledDocumentColumns & { orderNo?: string | null }): FiledDocument {
  return { id: row.id, status: row.status, businessKey: row.businessKey, ...(row.orderNo ? { orderNo: row.orderNo } : {}) };
}

/**
 * 409 for a key already taken by another body. Its parties learn which fields differ and the
 * filed document's id and status; anyone else only that the key is taken.
 */
function duplicateOf<E extends FiledDocumentColumns>(caller: Caller, f: DocumentFiling<E, FiledMessageType>, row: E, differing: string[]): DomainError {
  if (!isPartyOf(caller, f.parties, row as never)) return conflict(f.duplicate.code, f.duplicate.message, f.duplicate.field);
  const fields = differing.length ? differing : [f.duplicate.field];
  return conflict(f.duplicate.code, `${f.duplicate.message} with other values: ${fields.join(', ')}`, f.duplicate.field, {
    differingFields: fields,
    id: row.id,
    status: row.status,
    businessKey: row.businessKey,
  });
}
