import { randomUUID } from 'node:crypto';
import { CustomsDocumentSubmittedV1, CustomsEvents, EventDefinition, EventEnvelope } from '@lhasa/contracts';
import { renderCustomsXml } from '@lhasa/domain';

/** The import messages this service files with customs. */
export type FiledMessageType = 'CEB311' | 'CEB411' | 'CEB511' | 'CEB621';

/** Who files: written into the message's BaseTransfer. */
export interface Filer {
  copCode: string;
  copName: string;
}

/** Publishes into the current transaction (the outbox publisher or an inbox context). */
export type Publish = <T extends object>(
  definition: EventDefinition<T>,
  input: { subject: string; data: T; tenant?: string; key?: string },
) => Promise<EventEnvelope<T>>;

export interface Submission {
  messageType: FiledMessageType;
  businessKey: string;
  /** The filed document's id in this service. */
  documentId: string;
  orderNo: string;
  tenant: string;
  document: Record<string, unknown>;
  filer: Filer;
}

/**
 * Hands a document to customs: the standard's XML next to its JSON, keyed by orderNo so an
 * order's order, payment, waybill and list keep their order on one partition.
 */
export async function submitToCustoms(publish: Publish, submission: Submission, dxpId: string): Promise<void> {
  const xml = renderCustomsXml(submission.messageType, submission.document, {
    guid: randomUUID(),
    sender: { copCode: submission.filer.copCode, copName: submission.filer.copName, dxpId },
  });
  const data: CustomsDocumentSubmittedV1 = {
    messageType: submission.messageType,
    businessKey: submission.businessKey,
    sender: 'declarations',
    document: submission.document,
    xml,
  };
  await publish(CustomsEvents.DocumentSubmitted, {
    subject: submission.documentId,
    data,
    tenant: submission.tenant,
    key: submission.orderNo,
  });
}

/** The validated DTO as plain JSON (what is stored in jsonb and sent to customs). */
 
export function plainDocument(dto: object): Record<string, any> {
  return JSON.parse(JSON.stringify(dto)) as Record<string, unknown>;
}
