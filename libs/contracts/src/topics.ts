/**
 * Topic names carry their version; a breaking change is a new topic, never an edit.
 * TOPIC_NAMESPACE (unset in production) prefixes every name so test runs sharing one broker
 * stay apart.
 */
export const Topics = {
  declarationsEvents: 'declarations.events.v1',
  warehouseEvents: 'warehouse.events.v1',
  customsOutbound: 'customs.outbound.v1',
  customsReceipts: 'customs.receipts.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export function topicName(base: string, namespace = process.env.TOPIC_NAMESPACE ?? ''): string {
  return namespace ? `${namespace}.${base}` : base;
}

/** One dead-letter topic per consumer group and source topic. */
export function deadLetterTopic(base: string, consumerGroup: string): string {
  return `${base}.${consumerGroup}.dlq`;
}
