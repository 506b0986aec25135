import { messagingMigrations } from '@lhasa/messaging';
import { ServicePersistence } from '@lhasa/persistence';
import { warehouseEntities } from './domain/warehouse.entities';
import { warehouseMigrations } from './migrations/1732300000000-warehouse-schema';
import { GoodsOwners1732400000000 } from './migrations/1732400000000-goods-owners';
import { OverseasWarehouses1733400000000 } from './migrations/1733400000000-overseas-warehouses';
import { ReturnEntries1733400000001 } from './migrations/1733400000001-return-entries';
import { ReservationDirection1733400000002 } from './migrations/1733400000002-reservation-direction';
import { LateCancellations1733500000000 } from './migrations/1733500000000-late-cancellations';
import { OverseasStockCancelled1733500000001 } from './migrations/1733500000001-overseas-stock-cancelled';
import { StockTakesAndOverseasReports1733600000000 } from './migrations/1733600000000-stock-takes-and-overseas-reports';
import { GateAsItIs1733610000000 } from './migrations/1733610000000-gate-as-it-is';
import { StockLots1733620000000 } from './migrations/1733620000000-stock-lots';
import { TurnoverMeasurements1733620000001 } from './migrations/1733620000001-turnover-measurements';
import { StockTakeApproval1733700000000 } from './migrations/1733700000000-stock-take-approval';

/** The warehouse database: used by the app and by `npm run migrate`. */
export const warehousePersistence: ServicePersistence = {
  service: 'warehouse',
  entities: warehouseEntities,
  migrations: [
    ...messagingMigrations,
    ...warehouseMigrations,
    GoodsOwners1732400000000,
    OverseasWarehouses1733400000000,
    ReturnEntries1733400000001,
    ReservationDirection1733400000002,
    LateCancellations1733500000000,
    OverseasStockCancelled1733500000001,
    StockTakesAndOverseasReports1733600000000,
    GateAsItIs1733610000000,
    StockLots1733620000000,
    TurnoverMeasurements1733620000001,
    StockTakeApproval1733700000000,
  ],
};
