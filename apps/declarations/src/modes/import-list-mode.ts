import type { ImportInventoryList } from '@lhasa/contracts';
import type { FieldError } from '@lhasa/domain';

/**
 * One customs supervision mode's rules for an import inventory list (CEB621). A new mode is a
 * new module providing one of these; nothing else in the app switches on trade mode codes.
 */
export interface ImportListMode {
  readonly tradeMode: string;
  readonly ieFlag: 'I' | 'E';
  readonly title: string;
  /**
   * Bonded modes draw on the zone warehouse's stock: the list waits for the warehouse to
   * pre-reduce (预减) before it goes to customs. Others go to customs at once.
   */
  readonly drawsOnBondedStock: boolean;
  /** Rules of this mode alone, as values; [] when the list fits the mode. */
  checkList(list: ImportInventoryList): FieldError[];
}

