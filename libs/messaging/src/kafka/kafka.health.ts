import { Kafka } from 'kafkajs';

/** Kafka is healthy when a broker answers a metadata request. */
export class KafkaHealthIndicator {
  readonly name = 'kafka';
  private admin?: ReturnType<Kafka['admin']>;

  constructor(private readonly kafka: Kafka) {}

  async check(): Promise<void> {
    if (!this.admin) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    try {
      await this.admin.describeCluster();
    } catch (error) {
      await this.admin.disconnect().catch(() => undefined);
      this.admin = undefined;
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }
}
