import { Injectable, Logger } from '@nestjs/common';
import { CustomsEvents, CustomsMessageType, CustomsMessageTypes } from '@lhasa/contracts';
import { ReceiptStatus } from '@lhasa/domain';
import { DeadLetter, DeadLetterContext, DeadLetterPolicy } from '@lhasa/messaging';
import { ReceiptMessages } from '../../commands/issue-receipts/receipt-messages';

/**
 * Customs answers what it cannot process: a submitted document the simulator gave up on
 * (dead-lettered) gets a rejection receipt (100) with the reason, so the filer's document ends
 * instead of waiting for a receipt that never comes. Only when the message names its document
 * (a known messageType and a businessKey); anything else is only recorded.
 */
@Injectable()
export class SimulatorDeadLetterPolicy implements DeadLetterPolicy {
  private readonly log = new Logger(SimulatorDeadLetterPolicy.name);

  private readonly messages = new ReceiptMessages();

  async onDeadLetter(letter: DeadLetter, { manager, publish }: DeadLetterContext): Promise<void> {
    if (letter.type !== CustomsEvents.DocumentSubmitted.type) return;
    const data = (letter.data && typeof letter.data === 'object' ? letter.data : {}) as Record<string, unknown>;
    const messageType = data.messageType as CustomsMessageType;
    const businessKey = data.businessKey;
    if (!CustomsMessageTypes.includes(messageType) || typeof businessKey !== 'string' || !businessKey.trim() || businessKey.length > 200) return;
    const document = (data.document && typeof data.document === 'object' ? data.document : {}) as Record<string, unknown>;
    const orderNo = typeof document.orderNo === 'string' && document.orderNo ? document.orderNo : undefined;
    const desc = `报文无法处理 the message could not be processed (${letter.errorCode}): ${letter.errorMessage}`.slice(0, 1000);
    // As customs would send it (with its XML when the document names what the receipt needs; it has no preNo).
    const subject = { id: letter.id, message_type: messageType, business_key: businessKey, pre_no: null, invt_no: null, customs_no: null, document, return_time: new Date() };
    const receipt = await this.messages.receipt(manager, subject, { returnStatus: ReceiptStatus.REJECTED, returnInfo: `[Code:-1;Desc:${desc}]` }, {});
    await publish(CustomsEvents.ReceiptIssued, { subject: businessKey, key: orderNo ?? businessKey, tenant: letter.tenant, data: receipt });
    this.log.warn(`${messageType} ${businessKey} answered 100: ${desc}`);
  }
}
