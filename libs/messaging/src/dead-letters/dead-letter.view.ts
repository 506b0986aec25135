import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const nullableText = (description: string, example?: string) => ApiProperty({ type: String, nullable: true, description, ...(example ? { example } : {}) });

export class DeadLetterErrorView {
  @ApiProperty({ example: 'LIST.NOT_FOUND' }) code: string;
  @ApiProperty({ example: 'no inventory list for this receipt' }) message: string;
}

/** A dead-lettered message as GET /dead-letters lists it. */
export class DeadLetterView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['dead', 'replayed'] }) status: string;
  @ApiProperty({ example: 'declarations' }) consumerGroup: string;
  @ApiProperty({ example: 'warehouse.events.v1' }) topic: string;
  @ApiProperty({ example: 0 }) partition: number;
  @ApiProperty({ example: '42', description: 'the Kafka offset, as text (64-bit)' }) offset: string;
  @nullableText('the message id (ce_id) when the message could be read') messageId: string | null;
  @nullableText('the event type', 'warehouse.StockPreReduced') type: string | null;
  @nullableText('the aggregate the event was about') subject: string | null;
  @nullableText('the enterprise the event was for') tenant: string | null;
  @ApiProperty({ type: DeadLetterErrorView, description: 'why it was given up on' }) error: DeadLetterErrorView;
  @ApiProperty({ example: 5 }) attempts: number;
  @ApiProperty({ format: 'date-time' }) deadLetteredAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) replayedAt: string | null;
  @nullableText('handled, duplicate, ignored or dead-lettered', 'handled') replayOutcome: string | null;
  @nullableText('the dead letter a failed replay became') replayedAs: string | null;
  @nullableText('the dead letter this one is a failed replay of') replayOf: string | null;
  @nullableText("why the app's dead-letter policy failed, if it did") policyError: string | null;
}

export class RawMessageView {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'the Kafka headers as consumed' }) headers: Record<string, string>;
  @nullableText('the Kafka key as UTF-8') key: string | null;
  @nullableText('the value as UTF-8 (when it is)') value: string | null;
  @nullableText('the value in base64, byte for byte') valueBase64: string | null;
}

/** One dead letter with the raw message. */
export class DeadLetterWithMessageView extends DeadLetterView {
  @ApiProperty({ type: RawMessageView }) message: RawMessageView;
}

/** GET /dead-letters. */
export class DeadLetterPageView {
  @ApiProperty({ type: [DeadLetterView] }) items: DeadLetterView[];
  @ApiProperty({ example: 1 }) total: number;
  @ApiProperty({ example: 50 }) limit: number;
  @ApiProperty({ example: 0 }) offset: number;
}

/** POST /dead-letters/:id/replay. */
export class ReplayResultView {
  @ApiProperty({ format: 'uuid', description: 'the dead letter replayed' }) id: string;
  @ApiProperty({ enum: ['handled', 'duplicate', 'ignored', 'dead-lettered'] }) outcome: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the new dead letter, when the replay failed again' }) deadLetterId?: string;
}
