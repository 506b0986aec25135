import type { ExportInventoryList, ExportOrderType, ImportInventoryList } from '@lhasa/contracts';
import type { FieldError } from '@lhasa/domain';

/** What every mode module says about its lists, whatever their direction. */
interface ListModeFacts {
  readonly tradeMode: string;
  readonly title: string;
  /**
   * Bonded modes draw on the zone warehouse's stock: the list waits for the warehouse to
   * pre-reduce (预减) before it goes to customs. Others go to customs at once.
   */
  readonly drawsOnBondedStock: boolean;
  /** The orderType the list's order must have (CEB311 I; CEB303 E, B or W). */
  readonly orderType: string;
}

/** One customs supervision mode's rules for an import inventory list (CEB621). */
export interface ImportListMode extends ListModeFacts {
  readonly ieFlag: 'I';
  readonly messageType: 'CEB621';
  /** Rules of this mode alone, as values; [] when the list fits the mode. */
  checkList(list: ImportInventoryList): FieldError[];
}

/** What an export mode's rules may need besides the list: facts the filing looks up for it. */
export interface ExportListContext {
  /** The list's goods value (Σ lines' totalPrice) in CNY, or the error naming the currency without a rate. */
  valueInCny(): { value: string } | { error: FieldError };
  /** This service's copy of the overseas-warehouse registry entry the list names; undefined when it names none or an unknown one. */
  overseasWarehouse?: { code: string; active: boolean };
}

/** One customs supervision mode's rules for an export inventory list (CEB603). */
export interface ExportListMode extends ListModeFacts {
  readonly ieFlag: 'E';
  readonly messageType: 'CEB603';
  readonly orderType: ExportOrderType;
  /** Released lists of the mode are declared again in a summary application (CEB701, 汇总申报). */
  readonly summarised: boolean;
  checkList(list: ExportInventoryList, context: ExportListContext): FieldError[];
}

/**
 * A mode module: one per (tradeMode, ieFlag). A new mode is a new module providing one of these;
 * nothing else in the app switches on trade mode codes.
 */
export type ListMode = ImportListMode | ExportListMode;

export type ListModeOf<F extends 'I' | 'E'> = Extract<ListMode, { ieFlag: F }>;
