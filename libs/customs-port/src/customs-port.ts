import { randomUUID } from 'node:crypto';
import {
  CustomsDocumentOf,
  CustomsDocumentSubmittedV1,
  CustomsEvents,
  CustomsMessageType,
  plainOf,
  validateCustomsDocument,
} from '@lhasa/contracts';
import { CebSender, DomainError, renderCustomsXml } from '@lhasa/domain';
import type { TransactionalPublish } from '@lhasa/messaging';

/** The services that file with customs. */
export type CustomsFilingService = CustomsDocumentSubmittedV1['sender'];

export interface CustomsPortOptions {
  /** The filing service, written on every submission. */
  service: CustomsFilingService;
  /** This system's id on the data exchange platform (DXP), the BaseTransfer dxpId of every message. */
  dxpId: string;
}

/** A document as a service stored it (a jsonb column): read back through its contract class by submit. */
export type StoredCustomsDocument = Readonly<Record<string, unknown>>;

export interface CustomsSubmission<T extends CustomsMessageType> {
  messageType: T;
  /**
   * The document as its contract class describes it, or as a service stored it (jsonb read back):
   * either way it is validated against the class here before it leaves, so a stored document needs
   * no cast to its type.
   */
  document: CustomsDocumentOf<T> | StoredCustomsDocument;
  /** How customs identifies the document (BusinessKeys, or the document's own id). */
  businessKey: string;
  /** The document's id in the filing service: the event subject. */
  subject: string;
  /** The enterprise whose document it is. */
  tenant: string;
  /** The enterprise that files it: BaseTransfer copCode / copName. */
  filer: { copCode: string; copName: string };
}

/** DXP ids are at most 30 characters (BaseTransfer, ceb-elements.md). */
const DXP_ID = /^[A-Z0-9]{1,30}$/;

/**
 * The one way out to customs. Every document is validated against its contract class, rendered
 * to the standard's XML with one sender rule (the filer's code and name, this system's DXP id),
 * keyed so an order's documents keep their order, and written to the outbox in the caller's
 * transaction as customs.DocumentSubmitted. Whatever consumes that topic (the simulator, a
 * single-window adapter) is the other side of this port.
 */
export class CustomsPort {
  constructor(private readonly options: CustomsPortOptions) {
    if (!DXP_ID.test(options.dxpId)) throw new Error(`the DXP id ${JSON.stringify(options.dxpId)} must be 1-30 capitals and digits`);
  }

  async submit<T extends CustomsMessageType>(publish: TransactionalPublish, submission: CustomsSubmission<T>): Promise<void> {
    const checked = validateCustomsDocument(submission.messageType, submission.document, { forbidUnknown: true });
    if ('errors' in checked) {
      throw new DomainError(
        'CUSTOMS.DOCUMENT_INVALID',
        `the ${submission.messageType} document breaks its contract: ${checked.errors.map((e) => e.message).join('; ')}`,
        checked.errors[0]?.field,
        { kind: 'rule', errors: checked.errors },
      );
    }
    const document = plainOf(checked.value);
    const xml = renderCustomsXml(submission.messageType, document, { guid: randomUUID(), sender: this.senderOf(submission.filer) });
    const data: CustomsDocumentSubmittedV1 = {
      messageType: submission.messageType,
      businessKey: submission.businessKey,
      sender: this.options.service,
      document,
      xml,
    };
    await publish(CustomsEvents.DocumentSubmitted, {
      subject: submission.subject,
      tenant: submission.tenant,
      key: customsKey(document, submission.subject),
      data,
    });
  }

  private senderOf(filer: { copCode: string; copName: string }): CebSender {
    return { copCode: filer.copCode, copName: filer.copName, dxpId: this.options.dxpId };
  }
}

/**
 * Kafka key of a submission: documents of one order (order, payment, waybill, list) by its
 * orderNo, so customs receives them in filing order on one partition; any other document by
 * its own id.
 */
export function customsKey(document: Record<string, unknown>, subject: string): string {
  return typeof document.orderNo === 'string' && document.orderNo !== '' ? document.orderNo : subject;
}
