import { messagingMigrations } from '@lhasa/messaging';
import { ServicePersistence } from '@lhasa/persistence';
import { simulatorEntities } from './domain';
import { simulatorMigrations } from './migrations/1732300000000-simulator-tables';

/** The customs simulator's database: used by the app and by `npm run migrate`. */
export const customsSimulatorPersistence: ServicePersistence = {
  service: 'customs-simulator',
  entities: simulatorEntities,
  migrations: [...messagingMigrations, ...simulatorMigrations],
};
