import { registerAs } from '@nestjs/config';
import { IsOptional, IsString } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';

/** Messaging settings, read once from the environment with local defaults. */
export interface MessagingConfig {
  service: string;
  brokers: string[];
  clientId: string;
  /** The service's consumer identity: its inbox rows, dead letters and dead-letter topics. */
  consumerGroup: string;
  /**
   * The Kafka group the consumer joins: consumerGroup, unless KAFKA_GROUP_ID names another (a
   * rebuild reads the topics from the beginning under its own group while the live one goes on).
   */
  kafkaGroupId: string;
  topicNamespace: string;
  partitions: number;
  replicationFactor: number;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxAttempts: number;
  /** Messages of one partition handled in one transaction (1 = a transaction per message). */
  transactionBatchSize: number;
  retryBackoffMs: number;
  relayBatchSize: number;
  relayPollMs: number;
  relayLingerMs: number;
  partitionsConsumedConcurrently: number;
}

function nonNegativeInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${text}"`);
  return value;
}

/** The variables libs/messaging reads (README.md "Configuration"). */
class MessagingEnvironment {
  @IsOptional() @IsString() KAFKA_BROKERS?: string;
  @IsOptional() @IsString() KAFKA_CLIENT_ID?: string;
  @IsOptional() @IsString() TOPIC_NAMESPACE?: string;
  @IsOptional() @IsString() KAFKA_GROUP_ID?: string;
  @IsOptional() @Parses(nonNegativeInteger) KAFKA_PARTITIONS?: string;
  @IsOptional() @Parses(nonNegativeInteger) KAFKA_REPLICATION_FACTOR?: string;
  @IsOptional() @Parses(nonNegativeInteger) KAFKA_SESSION_TIMEOUT_MS?: string;
  @IsOptional() @Parses(nonNegativeInteger) KAFKA_REBALANCE_TIMEOUT_MS?: string;
  @IsOptional() @Parses(nonNegativeInteger) KAFKA_HEARTBEAT_INTERVAL_MS?: string;
  @IsOptional() @Parses(nonNegativeInteger) KAFKA_PARTITIONS_CONCURRENCY?: string;
  @IsOptional() @Parses(nonNegativeInteger) MESSAGING_MAX_ATTEMPTS?: string;
  @IsOptional() @Parses(nonNegativeInteger) MESSAGING_TRANSACTION_BATCH?: string;
  @IsOptional() @Parses(nonNegativeInteger) MESSAGING_RETRY_BACKOFF_MS?: string;
  @IsOptional() @Parses(nonNegativeInteger) OUTBOX_BATCH_SIZE?: string;
  @IsOptional() @Parses(nonNegativeInteger) OUTBOX_POLL_MS?: string;
  @IsOptional() @Parses(nonNegativeInteger) OUTBOX_LINGER_MS?: string;
}

export function loadMessagingConfig(service: string, env: NodeJS.ProcessEnv = process.env): MessagingConfig {
  const e = readEnvironment(MessagingEnvironment, env);
  const int = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));
  const topicNamespace = e.TOPIC_NAMESPACE ?? '';
  const consumerGroup = topicNamespace ? `${topicNamespace}.${service}` : service;
  return {
    service,
    brokers: (e.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((b) => b.trim()).filter(Boolean),
    clientId: e.KAFKA_CLIENT_ID ?? service,
    consumerGroup,
    kafkaGroupId: e.KAFKA_GROUP_ID || consumerGroup,
    topicNamespace,
    partitions: int(e.KAFKA_PARTITIONS, 3),
    replicationFactor: int(e.KAFKA_REPLICATION_FACTOR, 1),
    sessionTimeoutMs: int(e.KAFKA_SESSION_TIMEOUT_MS, 10000),
    rebalanceTimeoutMs: int(e.KAFKA_REBALANCE_TIMEOUT_MS, 30000),
    heartbeatIntervalMs: int(e.KAFKA_HEARTBEAT_INTERVAL_MS, 3000),
    maxAttempts: Math.max(1, int(e.MESSAGING_MAX_ATTEMPTS, 5)),
    transactionBatchSize: Math.max(1, int(e.MESSAGING_TRANSACTION_BATCH, 50)),
    retryBackoffMs: int(e.MESSAGING_RETRY_BACKOFF_MS, 200),
    relayBatchSize: Math.max(1, int(e.OUTBOX_BATCH_SIZE, 500)),
    relayPollMs: Math.max(10, int(e.OUTBOX_POLL_MS, 250)),
    relayLingerMs: int(e.OUTBOX_LINGER_MS, 5),
    partitionsConsumedConcurrently: Math.max(1, int(e.KAFKA_PARTITIONS_CONCURRENCY, 3)),
  };
}

/** The messaging feature for `@nestjs/config`; inject with `@Inject(MESSAGING_CONFIG)`. */
export const messagingConfig = (service: string) => registerAs('messaging', (): MessagingConfig => loadMessagingConfig(service));

/** Injection token of the service's MessagingConfig (the same for every service name). */
export const MESSAGING_CONFIG = messagingConfig('').KEY;
