import { GatePass } from './gate-pass.entity';
import { GatePassList } from './gate-pass-list.entity';
import { GoodsOwner } from './goods-owner.entity';
import { Ledger } from './ledger.entity';
import { LedgerLine } from './ledger-line.entity';
import { OverseasStock } from './overseas-stock.entity';
import { OverseasWarehouse } from './overseas-warehouse.entity';
import { ReturnEntry } from './return-entry.entity';
import { StockMovement } from './stock-movement.entity';
import { StockReservation } from './stock-reservation.entity';
import { StockTake } from './stock-take.entity';
import { OverseasStockReport } from './overseas-stock-report.entity';
import { VerificationList } from './verification-list.entity';
import { VerificationListLine } from './verification-list-line.entity';

/** Every entity of the warehouse database, listed explicitly (no glob loading). */
export const warehouseEntities = [Ledger, LedgerLine, StockMovement, VerificationList, VerificationListLine, GatePass, StockReservation, GoodsOwner, OverseasWarehouse, OverseasStock, ReturnEntry, StockTake, OverseasStockReport, GatePassList];
