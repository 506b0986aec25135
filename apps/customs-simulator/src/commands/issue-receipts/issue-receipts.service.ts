import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomsEvents, CustomsMessageType, CustomsReceiptIssuedV1 } from '@lhasa/contracts';
import { OutboxPublisher } from '@lhasa/messaging';

/** Who asked: receipts carry the correlation of the document they answer. */
export interface Trace {
  correlationId: string;
  causationId?: string;
}

export interface ReceiptToIssue {
  returnStatus: number;
  returnInfo: string;
}

interface StampedDocument {
  message_type: CustomsMessageType;
  business_key: string;
  order_no: string | null;
  pre_no: string | null;
  invt_no: string | null;
  customs_no: string | null;
  return_time: Date;
}

/**
 * Sends receipts through the outbox in the caller's transaction, or stores them for later.
 * returnTime is stamped when a receipt is sent and is strictly increasing per document, so the
 * receiver's (type, key, status, returnTime) de-duplication never mistakes two receipts for one.
 */
@Injectable()
export class IssueReceiptsService {
  constructor(@Inject(OutboxPublisher) private readonly publisher: OutboxPublisher) {}

  async issueNow(manager: EntityManager, documentId: string, receipt: ReceiptToIssue, trace: Trace): Promise<CustomsReceiptIssuedV1> {
    const [doc]: StampedDocument[] = await manager.query(
      `UPDATE customs_documents
          SET last_return_time = GREATEST(date_trunc('milliseconds', clock_timestamp()), last_return_time + interval '1 millisecond'),
              last_return_status = $2
        WHERE id = $1
        RETURNING message_type, business_key, order_no, pre_no, invt_no, customs_no, last_return_time AS return_time`,
      [documentId, receipt.returnStatus],
    ).then((result: unknown) => unwrapUpdate<StampedDocument>(result));
    if (!doc) throw new Error(`customs document ${documentId} not found`);
    const data = receiptData(doc, receipt);
    const envelope = await this.publishReceipt(manager, doc, data, trace);
    await manager.query(
      `INSERT INTO issued_receipts (document_id, event_id, return_status, return_time, return_info, pre_no, invt_no, customs_no)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [documentId, envelope.id, data.returnStatus, data.returnTime, data.returnInfo, doc.pre_no, doc.invt_no, doc.customs_no],
    );
    return data;
  }

  /** Stores a receipt to be sent at `dueAt`; it commits with the decision, so a crash cannot lose it. */
  async schedule(manager: EntityManager, documentId: string, receipt: ReceiptToIssue, dueAt: Date, trace: Trace): Promise<void> {
    await manager.query(
      `INSERT INTO scheduled_receipts (document_id, return_status, return_info, due_at, correlation_id, causation_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [documentId, receipt.returnStatus, receipt.returnInfo, dueAt, trace.correlationId, trace.causationId ?? null],
    );
  }

  /** Answers a resend of a final document with its last receipt again (same returnTime, so it de-duplicates). */
  async repeatLast(manager: EntityManager, documentId: string, trace: Trace): Promise<boolean> {
    const [last] = await manager.query(
      `SELECT d.message_type, d.business_key, d.order_no, r.return_status, r.return_time, r.return_info, r.pre_no, r.invt_no, r.customs_no
         FROM issued_receipts r JOIN customs_documents d ON d.id = r.document_id
        WHERE r.document_id = $1 ORDER BY r.id DESC LIMIT 1`,
      [documentId],
    );
    if (!last) return false;
    await this.publishReceipt(manager, last, receiptData(last, { returnStatus: last.return_status, returnInfo: last.return_info }), trace);
    return true;
  }

  /** One receipt onto customs.receipts.v1, keyed like the documents it answers (by orderNo). */
  private publishReceipt(manager: EntityManager, doc: StampedDocument, data: CustomsReceiptIssuedV1, trace: Trace) {
    return this.publisher.publish(manager, CustomsEvents.ReceiptIssued, {
      subject: doc.business_key,
      key: doc.order_no ?? doc.business_key,
      data,
      correlationId: trace.correlationId,
      causationId: trace.causationId,
    });
  }
}

/** The receipt of a stamped document: its numbers as customs gave them. */
function receiptData(doc: StampedDocument, receipt: ReceiptToIssue): CustomsReceiptIssuedV1 {
  return {
    messageType: doc.message_type,
    businessKey: doc.business_key,
    returnStatus: receipt.returnStatus,
    returnTime: new Date(doc.return_time).toISOString(),
    returnInfo: receipt.returnInfo,
    ...(doc.pre_no ? { preNo: doc.pre_no } : {}),
    ...(doc.invt_no ? { invtNo: doc.invt_no } : {}),
    ...(doc.customs_no ? { customsNo: doc.customs_no } : {}),
  };
}

/** TypeORM returns [rows, affected] for UPDATE … RETURNING on PostgreSQL. */
function unwrapUpdate<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
