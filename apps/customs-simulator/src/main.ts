import 'reflect-metadata';
import { bootstrapService } from '@lhasa/http';
import { connectMessaging } from '@lhasa/messaging';
import { customsSimulatorConfig } from './config/customs-simulator.config';
import openApiMetadata from './openapi.metadata';
import { AppModule, SERVICE } from './app.module';

void bootstrapService(AppModule, {
  service: SERVICE,
  title: 'Customs simulator',
  description:
    'Plays customs behind a port: stores the documents sent to it, matches order, payment, waybill and inventory list, ' +
    'and answers with receipts (120 / 399 / 500 / 800, or 100 with the reason) on a durable schedule. Deterministic with a seed.',
  openApiMetadata,
  config: customsSimulatorConfig,
  configure: (app) => {
    connectMessaging(app);
  },
});
