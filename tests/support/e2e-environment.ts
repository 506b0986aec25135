import { randomBytes } from 'node:crypto';

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
