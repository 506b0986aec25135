import 'reflect-metadata';
import { bootstrapService } from '@lhasa/http';
import { connectMessaging } from '@lhasa/messaging';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  service: 'declarations',
  title: 'Declarations',
  description:
    'CEB documents filed by zone enterprises (orders, payments, waybills, import inventory lists): ' +
    'per-mode rules, consumer limits, retail import tax, and the receipt state machine.',
  defaultPort: 3001,
  configure: (app) => {
    connectMessaging(app);
  },
});
