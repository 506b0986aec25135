import { INestApplication, Logger, Type } from '@nestjs/common';
import { ConfigFactoryKeyHost } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'node:net';
import { configureHttpApp } from './configure-http-app';
import { HttpConfig } from './http.config';
import { ServiceLogger } from './logging/service-logger';
import { OpenApiPluginMetadata } from './swagger';

export interface ServiceBootstrapOptions<C extends { http: HttpConfig } = { http: HttpConfig }> {
  /** Service name, used in logs and /health. */
  service: string;
  title: string;
  description: string;
  /** The app's generated OpenAPI plugin metadata (`./openapi.metadata`). */
  openApiMetadata?: OpenApiPluginMetadata;
  /** The app's registerAs config (`apps/<app>/src/config/<app>.config.ts`); its `http` says where to listen. */
  config: ConfigFactoryKeyHost<C>;
  /** Runs after the HTTP edge is set up and before microservices start (connect Kafka here). */
  configure?: (app: NestExpressApplication) => void | Promise<void>;
}

/** Starts one service: HTTP edge, docs, shutdown hooks, connected transports, then listen. */
export async function bootstrapService<C extends { http: HttpConfig }>(
  appModule: Type<unknown>,
  options: ServiceBootstrapOptions<C>,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, { logger: new ServiceLogger(options.service) });
  await configureHttpApp(app, { title: options.title, description: options.description, metadata: options.openApiMetadata });
  app.enableShutdownHooks();
  await options.configure?.(app);
  await app.startAllMicroservices();
  const { http } = app.get<string | symbol, C>(options.config.KEY, { strict: false });
  await app.listen(http.port, http.host);
  Logger.log(`${options.service} listening on http://127.0.0.1:${listeningPort(app)} (docs at /docs)`, 'Bootstrap');
  return app;
}

/** The port actually bound (differs from the requested one when PORT=0). */
export function listeningPort(app: INestApplication): number {
  return (app.getHttpServer().address() as AddressInfo).port;
}
