import { Type } from 'class-transformer';
import { ArrayMinSize, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { IsCebCountry, IsCebCurrency, IsHsCode } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';
import { defineEvent } from './event-definition';

export class StockLineV1 {
  @IsString() @IsNotEmpty() itemRecordNo: string;
  @IsQuantity() qty: string;
}

export class ValuedStockLineV1 extends StockLineV1 {
  @IsHsCode() gcode: string;
  @IsMoney() totalPrice: string;
  @IsCebCountry() country: string;
}

export class StockPreReducedV1 {
  @IsUUID() listId: string;
  @IsString() @IsNotEmpty() emsNo: string;
  @ValidateNested({ each: true }) @ArrayMinSize(1) @Type(() => StockLineV1) lines: StockLineV1[];
}

export class StockPreReductionRefusedV1 {
  @IsUUID() listId: string;
  @IsOptional() @IsString() emsNo?: string;
  /** Stable code, e.g. WAREHOUSE.INSUFFICIENT_STOCK. */
  @IsString() @IsNotEmpty() code: string;
  @IsString() @IsNotEmpty() reason: string;
}

export class StockPreReductionReturnedV1 {
  @IsUUID() listId: string;
  @IsString() @IsNotEmpty() emsNo: string;
  @ValidateNested({ each: true }) @ArrayMinSize(1) @Type(() => StockLineV1) lines: StockLineV1[];
}

/** Customs approved a verification list (核注清单): an entry (I) or exit (E) of bonded goods. */
export class VerificationListApprovedV1 {
  @IsUUID() verificationListId: string;
  @IsString() @IsNotEmpty() bondInvtNo: string;
  @IsString() @IsNotEmpty() emsNo: string;
  @IsString() @IsNotEmpty() operatorCode: string;
  @IsIn(['I', 'E']) impexpMarkcd: 'I' | 'E';
  /** BONDED_ENTRY: 一线 entry from abroad; ECOMMERCE_EXIT: 二线 exit of released 1210 lists. */
  @IsIn(['BONDED_ENTRY', 'ECOMMERCE_EXIT']) purpose: 'BONDED_ENTRY' | 'ECOMMERCE_EXIT';
  @IsISO8601({ strict: true }) approvedAt: string;
  @IsCebCurrency() currency: string;
  @IsMoney() totalValue: string;
  @ValidateNested({ each: true }) @ArrayMinSize(1) @Type(() => ValuedStockLineV1) lines: ValuedStockLineV1[];
}

/** A truck passed the gate under a gate pass: stock actually increased (I) or reduced (E). */
export class GatePassedV1 {
  @IsUUID() gatePassId: string;
  @IsUUID() verificationListId: string;
  @IsString() @IsNotEmpty() emsNo: string;
  @IsString() @IsNotEmpty() operatorCode: string;
  @IsIn(['I', 'E']) direction: 'I' | 'E';
  @IsISO8601({ strict: true }) passedAt: string;
  @ValidateNested({ each: true }) @ArrayMinSize(1) @Type(() => StockLineV1) lines: StockLineV1[];
}

/**
 * An overseas warehouse (海外仓) registered for 9810 exports: declarations keeps a copy of the
 * registry from these events and accepts a 9810 list only to a warehouse registered and active.
 */
export class OverseasWarehouseRegisteredV1 {
  /** The warehouse's registration code, unique in the registry. */
  @IsString() @IsNotEmpty() code: string;
  @IsString() @IsNotEmpty() name: string;
  @IsCebCountry() country: string;
  /** The enterprise that operates it (and registered it): the 9810 exporters it serves file to it. */
  @IsString() @IsNotEmpty() operatorCode: string;
  @IsString() @IsNotEmpty() address: string;
  /** False once the registration is withdrawn: no new 9810 list may name it. */
  @IsBoolean() active: boolean;
  /** When this state of the registration was recorded (its registration, change or withdrawal): a reader keeps the latest. */
  @IsISO8601({ strict: true }) registeredAt: string;
  /**
   * 1 at registration, one more with every change: a strict order where two states share a
   * registeredAt; a reader keeps the highest it has seen. Optional for older messages.
   */
  @IsOptional() @IsInt() @Min(1) revision?: number;
}

/**
 * Released bonded lists were bound to an exit verification list (核注清单, ECOMMERCE_EXIT) when the
 * warehouse filed it: their goods start leaving the zone, so they can no longer be cancelled.
 * Keyed by emsNo, so a ledger's bindings and unbindings stay in order; `boundAt` orders them too
 * (the database's clock at the binding: a reader keeps the latest change per list).
 */
export class ExitListsBoundV1 {
  @IsUUID() verificationListId: string;
  @IsString() @IsNotEmpty() emsNo: string;
  /** The inventory lists (declarations' list ids) the exit verification list carries. */
  @IsUUID('all', { each: true }) @ArrayMinSize(1) listIds: string[];
  @IsISO8601({ strict: true }) boundAt: string;
}

/**
 * Customs rejected an exit verification list (or the warehouse gave up on it): the lists it bound
 * are free again, to be carried by another one (or, when cancelled meanwhile, their pre-reduction
 * returned). Keyed by emsNo like the binding.
 */
export class ExitListsUnboundV1 {
  @IsUUID() verificationListId: string;
  @IsString() @IsNotEmpty() emsNo: string;
  @IsUUID('all', { each: true }) @ArrayMinSize(1) listIds: string[];
  @IsISO8601({ strict: true }) unboundAt: string;
}

/** The gate refused a truck under a gate pass (SAS224 2): nothing moved, the reason kept. */
export class GatePassRefusedV1 {
  @IsUUID() gatePassId: string;
  @IsString() @IsNotEmpty() emsNo: string;
  @IsString() @IsNotEmpty() operatorCode: string;
  @IsString() @IsNotEmpty() vehicleNo: string;
  @IsString() @IsNotEmpty() reason: string;
  @IsISO8601({ strict: true }) refusedAt: string;
}

/**
 * Customs passed a stock-take's difference (盘盈 / 盘亏), filed as a verification list of purpose
 * STOCK_TAKE: it moved as STOCKTAKE_GAIN / STOCKTAKE_LOSS of `qty` on the line.
 */
export class StockTakeApprovedV1 {
  @IsUUID() stockTakeId: string;
  @IsUUID() verificationListId: string;
  @IsString() @IsNotEmpty() emsNo: string;
  @IsString() @IsNotEmpty() operatorCode: string;
  @IsString() @IsNotEmpty() itemRecordNo: string;
  @IsIn(['STOCKTAKE_GAIN', 'STOCKTAKE_LOSS']) movementKind: 'STOCKTAKE_GAIN' | 'STOCKTAKE_LOSS';
  @IsQuantity() qty: string;
  @IsString() @IsNotEmpty() reason: string;
  @IsISO8601({ strict: true }) approvedAt: string;
}

/** Customs returned a stock-take's filing: nothing moved (a held loss is available again), customs' reason kept. */
export class StockTakeRejectedV1 {
  @IsUUID() stockTakeId: string;
  @IsUUID() verificationListId: string;
  @IsString() @IsNotEmpty() emsNo: string;
  @IsString() @IsNotEmpty() operatorCode: string;
  @IsString() @IsNotEmpty() itemRecordNo: string;
  /** countedQty − on hand when counted, e.g. "-2". */
  @Matches(/^-?(0|[1-9]\d*)(\.\d{1,5})?$/) difference: string;
  @IsString() @IsNotEmpty() returnInfo: string;
  @IsISO8601({ strict: true }) rejectedAt: string;
}

const DECIMAL = /^-?\d+\.\d+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A ledger's turnover over one UTC day (domain.md §8), measured once the day is over, once per
 * ledger and day, keyed by emsNo; statistics charts the trend from them. Ratios and days are
 * decimal text, rounded half up (turnover 4 decimals, days 2); null where undefined (no stock,
 * nothing out, no exit).
 */
export class TurnoverMeasuredV1 {
  @IsString() @IsNotEmpty() emsNo: string;
  @IsString() @IsNotEmpty() operatorCode: string;
  @Matches(DAY) day: string;
  /** 实减 of the day, zero included. */
  @Matches(/^(0|[1-9]\d*)(\.\d{1,5})?$/) outboundQuantity: string;
  @IsMoney() outboundValue: string;
  @Matches(DECIMAL) averageStock: string;
  /**
   * The day's average on-hand value in yuan (the lots' values, a lot's value in proportion to what
   * it still holds), so statistics can add ledgers up: quantities of different goods cannot be
   * added, values can. Optional: days published before it existed do not carry it.
   */
  @IsOptional() @IsMoney() averageStockValue?: string;
  @IsOptional() @Matches(DECIMAL) turnoverRatio: string | null;
  @IsOptional() @Matches(DECIMAL) daysOfInventory: string | null;
  @IsOptional() @Matches(DECIMAL) dwellMedianDays: string | null;
  @IsOptional() @Matches(DECIMAL) dwellP90Days: string | null;
  @IsInt() @Min(0) gatePassages: number;
  @IsOptional() @Matches(DECIMAL) listToExitDays: string | null;
  @IsISO8601({ strict: true }) measuredAt: string;
}

export const WarehouseEvents = {
  StockPreReduced: defineEvent('warehouse.StockPreReduced', 1, Topics.warehouseEvents, StockPreReducedV1),
  StockPreReductionRefused: defineEvent('warehouse.StockPreReductionRefused', 1, Topics.warehouseEvents, StockPreReductionRefusedV1),
  StockPreReductionReturned: defineEvent('warehouse.StockPreReductionReturned', 1, Topics.warehouseEvents, StockPreReductionReturnedV1),
  VerificationListApproved: defineEvent('warehouse.VerificationListApproved', 1, Topics.warehouseEvents, VerificationListApprovedV1),
  GatePassed: defineEvent('warehouse.GatePassed', 1, Topics.warehouseEvents, GatePassedV1),
  /** Registered, changed or withdrawn (active false): the latest state of the registration, keyed by code. */
  OverseasWarehouseRegistered: defineEvent('warehouse.OverseasWarehouseRegistered', 1, Topics.warehouseEvents, OverseasWarehouseRegisteredV1),
  /** Released bonded lists bound to an exit verification list: their goods start leaving the zone. */
  ExitListsBound: defineEvent('warehouse.ExitListsBound', 1, Topics.warehouseEvents, ExitListsBoundV1),
  /** The exit verification list was rejected: its lists are free again. */
  ExitListsUnbound: defineEvent('warehouse.ExitListsUnbound', 1, Topics.warehouseEvents, ExitListsUnboundV1),
  /** The gate refused a truck: nothing moved. */
  GatePassRefused: defineEvent('warehouse.GatePassRefused', 1, Topics.warehouseEvents, GatePassRefusedV1),
  /** Customs passed a stock-take's difference: it moved. */
  StockTakeApproved: defineEvent('warehouse.StockTakeApproved', 1, Topics.warehouseEvents, StockTakeApprovedV1),
  /** Customs returned a stock-take's filing: nothing moved. */
  StockTakeRejected: defineEvent('warehouse.StockTakeRejected', 1, Topics.warehouseEvents, StockTakeRejectedV1),
  /** A ledger's turnover over one finished UTC day, once per ledger and day. */
  TurnoverMeasured: defineEvent('warehouse.TurnoverMeasured', 1, Topics.warehouseEvents, TurnoverMeasuredV1),
};
