import { Admin, ConfigResourceTypes, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { deadLetterTopic, Topics, topicName } from '@lhasa/contracts';
import { MessagingConfig } from '../messaging.config';
import './idle-request-queue';

/** The only constructor of kafkajs clients in the project. */
export function createKafka(config: MessagingConfig): Kafka {
  return new Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
  });
}

export function createProducer(kafka: Kafka): Producer {
  // Idempotent producer: the broker drops duplicates of a retried send; needs acks=all.
  // The Java client's partitioner, so services in other languages put a key on the same partition.
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

/**
 * Event topics keep every event for ever (retention.ms=-1): a read model is rebuilt by reading
 * them from the beginning (docs/rebuild.md). The broker's own default (7 days) still applies to
 * the dead-letter topics and to topics created by anyone else.
 */
export const EVENT_TOPIC_CONFIG = [{ name: 'retention.ms', value: '-1' }];

/**
 * Creates the service's topics and its dead-letter topics when missing, the event topics with
 * unlimited retention, and gives existing event topics that retention when they lack it (or
 * calls `warn` when it cannot, e.g. without the right to alter topic configs).
 * Services starting together race to create the same topics, and a topic just created may
 * briefly answer UNKNOWN_TOPIC_OR_PARTITION, so this retries until every topic is there.
 */
export async function ensureTopics(
  admin: Admin,
  config: MessagingConfig,
  consumedTopics: string[],
  warn: (message: string) => void = () => undefined,
  attempts = 8,
): Promise<void> {
  const events = new Set((Object.values(Topics) as string[]).map((t) => topicName(t, config.topicNamespace)));
  const names = new Set<string>([...events, ...consumedTopics.map((t) => deadLetterTopic(t, config.consumerGroup))]);
  for (let attempt = 1; ; attempt++) {
    const existing = new Set(await admin.listTopics());
    const missing = [...names].filter((t) => !existing.has(t));
    if (!missing.length) break;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: config.partitions,
          replicationFactor: config.replicationFactor,
          configEntries: events.has(topic) ? EVENT_TOPIC_CONFIG : undefined,
        })),
      });
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await keepEventsForEver(admin, [...events]);
    } catch (error) {
      // A topic another service created a moment ago may not be described yet. Not being allowed
      // to change topic configs does not stop the service: a rebuild checks the history itself.
      if (attempt >= attempts) return warn(`could not give the event topics retention.ms=-1 (a rebuild needs their whole history): ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}

/** Sets retention.ms=-1 on those of `topics` that have another retention (created elsewhere, or before). */
async function keepEventsForEver(admin: Admin, topics: string[]): Promise<void> {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })),
  });
  const limited = resources.filter((r) => r.configEntries.find((e) => e.configName === 'retention.ms')?.configValue !== '-1').map((r) => r.resourceName);
  if (!limited.length) return;
  // alterConfigs replaces the topic's dynamic configs: event topics have no other one.
  await admin.alterConfigs({ validateOnly: false, resources: limited.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configEntries: EVENT_TOPIC_CONFIG })) });
}
