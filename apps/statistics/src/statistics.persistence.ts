import { messagingMigrations } from '@lhasa/messaging';
import { ServicePersistence } from '@lhasa/persistence';
import { TradeFactEntity } from './domain/trade-fact.entity';
import { statisticsMigrations } from './migrations/1732400000000-trade-facts';

/** The statistics database: used by the app and by `npm run migrate`. */
export const statisticsPersistence: ServicePersistence = {
  service: 'statistics',
  entities: [TradeFactEntity],
  migrations: [...messagingMigrations, ...statisticsMigrations],
};
