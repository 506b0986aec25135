import { messagingMigrations } from '@lhasa/messaging';
import { ServicePersistence } from '@lhasa/persistence';
import { simulatorEntities } from './domain';
import { simulatorMigrations } from './migrations/1732300000000-simulator-tables';
import { ExportCancelSummary1733300000000 } from './migrations/1733300000000-export-cancel-summary';

/** The customs simulator's database: used by the app and by `npm run migrate`. */
export const customsSimulatorPersistence: ServicePersistence = {
  service: 'customs-simulator',
  entities: simulatorEntities,
  migrations: [...messagingMigrations, ...simulatorMigrations, ExportCancelSummary1733300000000],
};
