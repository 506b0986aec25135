import 'reflect-metadata';
import { bootstrapService } from '@lhasa/http';
import { connectMessaging } from '@lhasa/messaging';
import { warehouseConfig } from './config/warehouse.config';
import openApiMetadata from './openapi.metadata';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  service: 'warehouse',
  title: 'Warehouse',
  description:
    'Bonded e-ledgers of the Lhasa Comprehensive Bonded Zone: ledger lines and their four audited quantities ' +
    '(预增 / 实增 / 预减 / 实减), verification lists (核注清单, INV101), gate passes (核放单, SAS121) and the 1210 saga.',
  openApiMetadata,
  config: warehouseConfig,
  configure: (app) => {
    connectMessaging(app);
  },
});
