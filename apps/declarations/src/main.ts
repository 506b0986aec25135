import 'reflect-metadata';
import { bootstrapService } from '@lhasa/http';
import { connectMessaging } from '@lhasa/messaging';
import { declarationsConfig } from './config/declarations.config';
import openApiMetadata from './openapi.metadata';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  service: 'declarations',
  title: 'Declarations',
  description:
    'CEB documents filed by zone enterprises (orders, payments, waybills, import inventory lists): ' +
    'per-mode rules, consumer limits, retail import tax, and the receipt state machine.',
  openApiMetadata,
  config: declarationsConfig,
  configure: (app) => {
    connectMessaging(app);
  },
});
