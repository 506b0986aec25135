import { randomBytes } from 'node:crypto';
import { Topics, topicName } from '@lhasa/contracts';
import { untilGroupCaughtUp } from '@lhasa/messaging/testing';
import type { FlowUrls } from './saga-flow';

/**
 * The environment of one e2e run's services: the shared broker and server (as globalSetup found
 * or started them), and topics and databases of its own under a fresh namespace.
 */
export function e2eEnvironment(prefix: string, overrides: Record<string, string> = {}): { namespace: string; env: Record<string, string> } {
  const namespace = `${prefix}_${randomBytes(3).toString('hex')}`;
  return {
    namespace,
    env: {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      TOPIC_NAMESPACE: namespace,
      DATABASE_NAMESPACE: namespace,
      OUTBOX_POLL_MS: '250',
      ...overrides,
    },
  };
}

/** The flows' URLs of a running group of services (scripts/lib/services.cjs startServices). */
export function flowUrlsOf(services: { urls: Record<string, string> }): FlowUrls {
  return {
    declarations: services.urls.declarations,
    warehouse: services.urls.warehouse,
    statistics: services.urls.statistics,
    simulator: services.urls['customs-simulator'],
  };
}

/** Resolves once statistics (under `namespace`) has processed every event of its topics published so far. */
export function untilStatisticsCaughtUpIn(namespace: string): () => Promise<void> {
  return () => untilGroupCaughtUp(`${namespace}.statistics`, [topicName(Topics.declarationsEvents, namespace), topicName(Topics.warehouseEvents, namespace)]);
}
