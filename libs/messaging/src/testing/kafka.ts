import { Kafka, logLevel } from 'kafkajs';
import '../kafka/idle-request-queue';

/** A kafkajs client for test helpers, on the broker the environment names (KAFKA_BROKERS). */
export function testKafka(clientId = 'test-probe'): Kafka {
  return new Kafka({ clientId, brokers: (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING });
}
