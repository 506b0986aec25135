import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomsEvents } from '@lhasa/contracts';
import { CustomsXmlDocuments, renderCustomsXml } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { Ledger } from '../domain/ledger.entity';

export interface CustomsSubmission<T extends 'INV101' | 'SAS121'> {
  messageType: T;
  /** The document's id: business key, event subject and Kafka key at once. */
  id: string;
  ledger: Ledger;
  /** The document as JSON, what the simulator (or a real adapter) reads. */
  document: Record<string, unknown>;
  /** The same document in the bonded-zone standard's records, for the XML. */
  xml: CustomsXmlDocuments[T];
}

/** Hands a bonded-zone document to customs through the outbox, in the caller's transaction. */
@Injectable()
export class CustomsSubmitter {
  constructor(private readonly outbox: OutboxPublisher) {}

  async submit<T extends 'INV101' | 'SAS121'>(manager: EntityManager, s: CustomsSubmission<T>): Promise<void> {
    const sender = { copCode: s.ledger.ownerCode, copName: s.ledger.name, dxpId: `DXPENT${s.ledger.ownerCode}` };
    const xml = renderCustomsXml(s.messageType, s.xml, { guid: s.id, sender });
    await this.outbox.publish(manager, CustomsEvents.DocumentSubmitted, {
      subject: s.id,
      key: s.id,
      tenant: s.ledger.ownerCode,
      data: { messageType: s.messageType, businessKey: s.id, sender: 'warehouse', document: s.document, xml },
    });
  }
}
