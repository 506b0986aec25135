import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CustomsDocumentSubmittedV1, CustomsEvents, EventEnvelope } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { ReceiveDocumentService } from '../../commands/receive-document/receive-document.service';

@Controller()
export class DocumentSubmittedKafkaController {
  constructor(private readonly receiveDocument: ReceiveDocumentService) {}

  @EventPattern(CustomsEvents.DocumentSubmitted.type)
  async onDocumentSubmitted(@Payload() event: EventEnvelope<CustomsDocumentSubmittedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.receiveDocument.receive(ctx.manager, event.data, { correlationId: event.correlationId, causationId: event.id });
  }
}
