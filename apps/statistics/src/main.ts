import 'reflect-metadata';
import { bootstrapService } from '@lhasa/http';
import { connectMessaging } from '@lhasa/messaging';
import { statisticsConfig } from './config/statistics.config';
import openApiMetadata from './openapi.metadata';
import { AppModule, SERVICE } from './app.module';

void bootstrapService(AppModule, {
  service: SERVICE,
  title: 'Statistics',
  description:
    'Trade statistics for the commerce bureau from released documents only, in CNY, never counted twice: ' +
    'border (import + export total) and cross-border retail bases, breakdowns (JSON / CSV), progress toward 100 亿元 by 2030, and a dashboard at /dashboard.',
  openApiMetadata,
  config: statisticsConfig,
  configure: (app) => {
    connectMessaging(app);
  },
});
