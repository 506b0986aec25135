import { ConfigResourceTypes } from 'kafkajs';
import { testKafka } from './kafka';

/** retention.ms of each of `topics` (full names), as the broker reports it. */
export async function topicRetentionMs(topics: string[]): Promise<Record<string, string | undefined>> {
  const admin = testKafka('test-topic-config').admin();
  await admin.connect();
  try {
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })),
    });
    return Object.fromEntries(resources.map((r) => [r.resourceName, r.configEntries.find((e) => e.configName === 'retention.ms')?.configValue]));
  } finally {
    await admin.disconnect();
  }
}
