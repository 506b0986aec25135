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
    'Plays customs behind a port: stores the documents sent to it, matches import lists (order, payment, waybill) and export lists ' +
    '(order, waybill, 9610 receipt of payment), decides arrivals, departures, cancels, returns and summaries, and answers with ' +
    'receipts as CEB XML (120 / 399 / 500 / 501 / 800 / 899, or 100 with the reason) and tax bills on a durable schedule. ' +
    'Deterministic with a seed.',
  openApiMetadata,
  config: customsSimulatorConfig,
  configure: (app) => {
    connectMessaging(app);
  },
});
