import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp } from '@lhasa/http';
import { connectMessaging, KafkaEventTransport } from '@lhasa/messaging';
import { untilOutboxEmpty } from '@lhasa/messaging/testing';
import { DataSource } from 'typeorm';

export interface RunningService {
  app: INestApplication;
  url: string;
  transport: KafkaEventTransport;
  close: () => Promise<void>;
  /** Resolves once every event this service's transactions committed has reached the broker. */
  untilOutboxEmpty: () => Promise<void>;
}

/**
 * Starts one service in-process the way main.ts does (same HTTP edge, same Kafka transport)
 * on a free port, against the real broker and database selected by the environment.
 */
export async function startServiceApp(appModule: unknown): Promise<RunningService> {
  const app = await NestFactory.create(appModule as never, { logger: ['error', 'warn'] });
  await configureHttpApp(app);
  const transport = connectMessaging(app);
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, transport, close: () => app.close(), untilOutboxEmpty: () => untilOutboxEmpty(app.get(DataSource)) };
}
