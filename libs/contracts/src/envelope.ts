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

/** Kafka header names of the CloudEvents Kafka binding. */
export const Headers = {
  id: 'ce_id',
  type: 'ce_type',
  version: 'ce_specversion_lhasa',
  source: 'ce_source',
  subject: 'ce_subject',
  time: 'ce_time',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  traceparent: 'traceparent',
} as const;
