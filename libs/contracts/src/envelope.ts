import { IsInt, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Min } from 'class-validator';

/** The envelope on every message that crosses a process (architecture.md "Events"). */
export class EventEnvelope<T = unknown> {
  @IsUUID() id: string;
  @IsString() @IsNotEmpty() type: string;
  @IsInt() @Min(1) version: number;
  @IsISO8601({ strict: true }) occurredAt: string;
  @IsString() @IsNotEmpty() source: string;
  /** The aggregate id; also the Kafka key, so one aggregate's events keep their order. */
  @IsString() @IsNotEmpty() subject: string;
  @IsString() @IsNotEmpty() correlationId: string;
  @IsOptional() @IsString() causationId?: string;
  /** The enterprise code the event belongs to. */
  @IsOptional() @IsString() tenant?: string;
  @IsObject() data: T;
}

/** The CloudEvents spec version our messages follow (binary content mode of the Kafka binding). */
export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const EVENT_CONTENT_TYPE = 'application/json';

/**
 * Kafka header names, the one definition in the project. The CloudEvents Kafka binding (binary
 * mode) names the context attributes `ce_<attribute>` and the data's media type `content-type`;
 * an attribute name is lowercase letters and digits only, so headers of our own never take the
 * `ce_` prefix: they are `lhasa-*` (envelope fields CloudEvents has no attribute for) and `dlq-*`
 * (why and where a message was dead-lettered).
 */
export const Headers = {
  specVersion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  time: 'ce_time',
  subject: 'ce_subject',
  contentType: 'content-type',
  version: 'lhasa-version',
  correlationId: 'lhasa-correlation-id',
  causationId: 'lhasa-causation-id',
  tenant: 'lhasa-tenant',
  traceparent: 'traceparent',
} as const;

/**
 * Header names used before the CloudEvents binding was followed exactly. Nothing reads them (a
 * consumer decodes the JSON value, which carries the whole envelope); they are listed so messages
 * still on the topics from before an upgrade are recognised, e.g. in a dead letter's headers.
 */
export const LegacyHeaders = {
  version: 'ce_specversion_lhasa',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  deadLetter: ['dlq_code', 'dlq_reason', 'dlq_source_topic', 'dlq_source_partition', 'dlq_source_offset', 'dlq_consumer_group', 'dlq_at'],
} as const;

/** Headers a dead-lettered message carries on `<topic>.<group>.dlq`, beside its own. */
export const DeadLetterHeaders = {
  id: 'dlq-id',
  errorCode: 'dlq-error-code',
  errorMessage: 'dlq-error-message',
  topic: 'dlq-topic',
  partition: 'dlq-partition',
  offset: 'dlq-offset',
  consumerGroup: 'dlq-consumer-group',
  attempts: 'dlq-attempts',
  at: 'dlq-at',
} as const;

/** The Kafka headers of an event: the CloudEvents attributes, then ours. */
export function eventHeaders(envelope: EventEnvelope<unknown>): Record<string, string> {
  const headers: Record<string, string> = {
    [Headers.specVersion]: CLOUDEVENTS_SPEC_VERSION,
    [Headers.id]: envelope.id,
    [Headers.source]: envelope.source,
    [Headers.type]: envelope.type,
    [Headers.time]: envelope.occurredAt,
    [Headers.subject]: envelope.subject,
    [Headers.contentType]: EVENT_CONTENT_TYPE,
    [Headers.version]: String(envelope.version),
    [Headers.correlationId]: envelope.correlationId,
  };
  if (envelope.causationId) headers[Headers.causationId] = envelope.causationId;
  if (envelope.tenant) headers[Headers.tenant] = envelope.tenant;
  return headers;
}
