import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomsEvents, CustomsReceiptIssuedV1 } from '@lhasa/contracts';
import { OutboxPublisher } from '@lhasa/messaging';
import { PlannedReceipt, ReceiptFields } from '../../domain/receipt-plan';
import { updateReturning } from '../../shared/update-returning';
import { ReceiptEffects } from './receipt-effects';
import { ReceiptMessages, ReceiptSubject } from './receipt-messages';

/** Who asked: receipts carry the correlation of the document they answer. */
export interface Trace {
  correlationId: string;
  causationId?: string;
}

export interface ReceiptToIssue {
  returnStatus: number;
  returnInfo: string;
  fields?: ReceiptFields;
}

/** A document as its receipt names it, with the returnTime just stamped. */
export interface StampedDocument extends ReceiptSubject {
  order_no: string | null;
  return_time: Date;
}

/**
 * Sends receipts through the outbox in the caller's transaction, or stores them for later.
 * returnTime is stamped when a receipt is sent and is strictly increasing per document, so the
 * receiver's (type, key, status, returnTime) de-duplication never mistakes two receipts for one.
 * A cancelled list takes no more receipts: what was still scheduled for it is dropped.
 */
@Injectable()
export class IssueReceiptsService {
  constructor(
    @Inject(OutboxPublisher) private readonly publisher: OutboxPublisher,
    private readonly messages: ReceiptMessages,
    private readonly effects: ReceiptEffects,
  ) {}

  /** Sends the receipt now; undefined when the document is a cancelled list (nothing sent). */
  async issueNow(manager: EntityManager, documentId: string, receipt: ReceiptToIssue, trace: Trace): Promise<CustomsReceiptIssuedV1 | undefined> {
    const [doc] = await updateReturning<StampedDocument>(
      manager,
      `UPDATE customs_documents
          SET last_return_time = GREATEST(date_trunc('milliseconds', clock_timestamp()), last_return_time + interval '1 millisecond'),
              last_return_status = $2
        WHERE id = $1 AND cancelled_at IS NULL
        RETURNING id, message_type, business_key, order_no, pre_no, invt_no, customs_no, document, last_return_time AS return_time`,
      [documentId, receipt.returnStatus],
    );
    if (!doc) {
      const [exists] = await manager.query('SELECT 1 FROM customs_documents WHERE id = $1', [documentId]);
      if (!exists) throw new Error(`customs document ${documentId} not found`);
      return undefined;
    }
    const fields = receipt.fields ?? {};
    const data = await this.messages.receipt(manager, doc, { returnStatus: receipt.returnStatus, returnInfo: receipt.returnInfo }, fields);
    const envelope = await this.publishReceipt(manager, doc, data, trace);
    await manager.query(
      `INSERT INTO issued_receipts (document_id, event_id, return_status, return_time, return_info, pre_no, invt_no, customs_no, fields, xml)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [documentId, envelope.id, data.returnStatus, doc.return_time, receipt.returnInfo, doc.pre_no, doc.invt_no, doc.customs_no, fields, data.xml ?? null],
    );
    await this.effects.afterIssued(manager, doc, data.returnStatus, trace);
    return data;
  }

  /** Stores a receipt to be sent at `dueAt`; it commits with the decision, so a crash cannot lose it. */
  async schedule(manager: EntityManager, documentId: string, receipt: ReceiptToIssue, dueAt: Date, trace: Trace): Promise<void> {
    await manager.query(
      `INSERT INTO scheduled_receipts (document_id, return_status, return_info, fields, due_at, correlation_id, causation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [documentId, receipt.returnStatus, receipt.returnInfo, receipt.fields ?? {}, dueAt, trace.correlationId, trace.causationId ?? null],
    );
  }

  /** Sends a plan's receipts due at once and schedules the rest, `afterMs` after `decidedAt`. */
  async issuePlan(manager: EntityManager, documentId: string, plan: PlannedReceipt[], decidedAt: Date, trace: Trace): Promise<void> {
    for (const step of plan) {
      const receipt = { returnStatus: step.returnStatus, returnInfo: step.returnInfo, fields: step.fields };
      if (step.afterMs === 0) await this.issueNow(manager, documentId, receipt, trace);
      else await this.schedule(manager, documentId, receipt, new Date(decidedAt.getTime() + step.afterMs), trace);
    }
  }

  /** Answers a resend of a final document with its last receipt again (same returnTime and XML, so it de-duplicates). */
  async repeatLast(manager: EntityManager, documentId: string, trace: Trace): Promise<boolean> {
    const [last] = await manager.query(
      `SELECT d.id, d.message_type, d.business_key, d.order_no, r.return_status, r.return_time, r.return_info, r.pre_no, r.invt_no, r.customs_no,
              r.fields, r.xml
         FROM issued_receipts r JOIN customs_documents d ON d.id = r.document_id
        WHERE r.document_id = $1 ORDER BY r.id DESC LIMIT 1`,
      [documentId],
    );
    if (!last) return false;
    const data = this.messages.repeated(last, { returnStatus: last.return_status, returnInfo: last.return_info }, last.fields ?? {}, last.xml ?? undefined);
    await this.publishReceipt(manager, last, data, trace);
    return true;
  }

  /** One receipt onto customs.receipts.v1, keyed like the documents it answers (by orderNo). */
  private publishReceipt(manager: EntityManager, doc: { business_key: string; order_no: string | null }, data: CustomsReceiptIssuedV1, trace: Trace) {
    return this.publisher.publish(manager, CustomsEvents.ReceiptIssued, {
      subject: doc.business_key,
      key: doc.order_no ?? doc.business_key,
      data,
      correlationId: trace.correlationId,
      causationId: trace.causationId,
    });
  }
}
