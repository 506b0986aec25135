import { Injectable, Logger } from '@nestjs/common';
import { CustomsEvents, CustomsMessageType, CustomsMessageTypes } from '@lhasa/contracts';
import { ReceiptStatus } from '@lhasa/domain';
import { DeadLetter, DeadLetterContext, DeadLetterPolicy } from '@lhasa/messaging';

/**
 * Customs answers what it cannot process: a submitted document the simulator gave up on
 * (dead-lettered) gets a rejection receipt (100) with the reason, so the filer's document ends
 * instead of waiting for a receipt that never comes. Only when the message names its document
 * (a known messageType and a businessKey); anything else is only recorded.
 */
@Injectable()
export class SimulatorDeadLetterPolicy implements DeadLetterPolicy {
  private readonly log = new Logger(SimulatorDeadLetterPolicy.name);

  async onDeadLetter(letter: DeadLetter, { publish }: DeadLetterContext): Promise<void> {
    if (letter.type !== CustomsEvents.DocumentSubmitted.type) return;
    const data = (letter.data && typeof letter.data === 'object' ? letter.data : {}) as Record<string, unknown>;
    const messageType = data.messageType as CustomsMessageType;
    const businessKey = data.businessKey;
    if (!CustomsMessageTypes.includes(messageType) || typeof businessKey !== 'string' || !businessKey.trim() || businessKey.length > 200) return;
    const document = (data.document && typeof data.document === 'object' ? data.document : {}) as Record<string, unknown>;
    const orderNo = typeof document.orderNo === 'string' && document.orderNo ? document.orderNo : undefined;
    const desc = `报文无法处理 the message could not be processed (${letter.errorCode}): ${letter.errorMessage}`.slice(0, 1000);
    await publish(CustomsEvents.ReceiptIssued, {
      subject: businessKey,
      key: orderNo ?? businessKey,
      tenant: letter.tenant,
      data: { messageType, businessKey, returnStatus: ReceiptStatus.REJECTED, returnTime: new Date().toISOString(), returnInfo: `[Code:-1;Desc:${desc}]` },
    });
    this.log.warn(`${messageType} ${businessKey} answered 100: ${desc}`);
  }
}
