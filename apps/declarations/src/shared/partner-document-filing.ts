import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CustomsDocumentOf, plainOf } from '@lhasa/contracts';
import { CustomsPort } from '@lhasa/customs-port';
import { DomainError } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { PartnerDocumentStatus } from '../domain/document-status';
import { violatedConstraint } from './unique-violation';

export interface FiledDocument {
  id: string;
  status: string;
  businessKey: string;
  orderNo: string;
}

/** What differs between filing an order, a payment and a waybill; the rest is one procedure. */
export type PartnerMessageType = 'CEB311' | 'CEB411' | 'CEB511';

export interface PartnerDocumentFiling<E extends ObjectLiteral, T extends PartnerMessageType = PartnerMessageType> {
  entity: EntityTarget<E>;
  messageType: T;
  businessKey: string;
  orderNo: string;
  /** The filer, who is also the event's tenant and the XML's copCode. */
  filer: { copCode: string; copName: string };
  /** The columns of the row besides id, businessKey, orderNo, status, document and filedBy. */
  columns: Partial<E>;
  /** Whether the document's unique keys are taken already. */
  taken: (manager: EntityManager) => Promise<boolean>;
  duplicate: () => DomainError;
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
    private readonly customs: CustomsPort,
  ) {}

  async file<E extends ObjectLiteral, T extends PartnerMessageType>(caller: Caller, source: CustomsDocumentOf<T>, f: PartnerDocumentFiling<E, T>): Promise<FiledDocument> {
    const id = randomUUID();
    const document = plainOf(source);
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
        await this.customs.submit(this.outbox.bind(m), {
          messageType: f.messageType,
          document: source,
          businessKey: f.businessKey,
          subject: id,
          tenant: f.filer.copCode,
          filer: f.filer,
        });
      });
    } catch (error) {
      if (violatedConstraint(error)?.startsWith(f.constraintPrefix)) throw f.duplicate();
      throw error;
    }
    return { id, status: PartnerDocumentStatus.Filed, orderNo: f.orderNo, businessKey: f.businessKey };
  }
}
