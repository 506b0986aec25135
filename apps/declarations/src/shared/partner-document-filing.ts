import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { ApiError } from '@lhasa/http';
import { OutboxPublisher } from '@lhasa/messaging';
import { declarationsConfig, DeclarationsConfig } from '../config/declarations.config';
import { FiledMessageType, plainDocument, Publish, submitToCustoms } from '../domain/customs-submission';
import { PartnerDocumentStatus } from '../domain/document-status';
import { violatedConstraint } from './unique-violation';

export interface FiledDocument {
  id: string;
  status: string;
  businessKey: string;
  orderNo: string;
}

/** What differs between filing an order, a payment and a waybill; the rest is one procedure. */
export interface PartnerDocumentFiling<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  messageType: Exclude<FiledMessageType, 'CEB621'>;
  businessKey: string;
  orderNo: string;
  /** The filer, who is also the event's tenant and the XML's copCode. */
  filer: { copCode: string; copName: string };
  /** The columns of the row besides id, businessKey, orderNo, status, document and filedBy. */
  columns: Partial<E>;
  /** Whether the document's unique keys are taken already. */
  taken: (manager: EntityManager) => Promise<boolean>;
  duplicate: () => ApiError;
  /** Prefix of the table's unique constraints, for a race the `taken` check lost. */
  constraintPrefix: string;
}

/**
 * Files an order (CEB311), payment (CEB411) or waybill (CEB511): stores it and hands it to
 * customs in one transaction, so the document and its message exist together or not at all.
 */
@Injectable()
export class PartnerDocumentFiler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    @Inject(declarationsConfig.KEY) private readonly config: DeclarationsConfig,
  ) {}

  async file<E extends ObjectLiteral>(caller: Caller, source: object, f: PartnerDocumentFiling<E>): Promise<FiledDocument> {
    const id = randomUUID();
    const document = plainDocument(source);
    try {
      await this.dataSource.transaction(async (m) => {
        if (await f.taken(m)) throw f.duplicate();
        await m.getRepository(f.entity).insert({
          ...f.columns,
          id,
          businessKey: f.businessKey,
          orderNo: f.orderNo,
          status: PartnerDocumentStatus.Filed,
          document,
          filedBy: caller.keyId,
        } as unknown as E);
        const publish: Publish = (definition, input) => this.outbox.publish(m, definition, input);
        await submitToCustoms(
          publish,
          { messageType: f.messageType, businessKey: f.businessKey, documentId: id, orderNo: f.orderNo, tenant: f.filer.copCode, document, filer: f.filer },
          this.config.xmlSender,
        );
      });
    } catch (error) {
      if (violatedConstraint(error)?.startsWith(f.constraintPrefix)) throw f.duplicate();
      throw error;
    }
    return { id, status: PartnerDocumentStatus.Filed, orderNo: f.orderNo, businessKey: f.businessKey };
  }
}
