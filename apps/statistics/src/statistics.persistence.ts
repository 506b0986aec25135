import { messagingMigrations } from '@lhasa/messaging';
import { ServicePersistence } from '@lhasa/persistence';
import { TradeFactEntity } from './domain/trade-fact.entity';
import { statisticsMigrations } from './migrations/1732400000000-trade-facts';
import { PendingConversionAndReturns1733400000000 } from './migrations/1733400000000-pending-conversion-and-returns';
import { ExchangeRates1733710000000 } from './migrations/1733710000000-exchange-rates';
import { Figures1733720000000 } from './migrations/1733720000000-figures';

/** The statistics database: used by the app and by `npm run migrate`. */
export const statisticsPersistence: ServicePersistence = {
  service: 'statistics',
  entities: [TradeFactEntity],
  migrations: [
    ...messagingMigrations,
    ...statisticsMigrations,
    PendingConversionAndReturns1733400000000,
    ExchangeRates1733710000000,
    Figures1733720000000,
  ],
};
