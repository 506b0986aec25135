import { FieldError, IeFlag, tradeModeEntry } from '@lhasa/domain';
import { receiptTargetOf } from '../domain/receipt-targets';
import type { ListMode, ListModeOf } from './list-mode';

/**
 * Picks a list's mode by (tradeMode, ieFlag) among the mode modules of both directions. The
 * modules are the mode ↔ document matrix (domain.md §10 rule 1): a combination no module
 * handles is refused with the rule it breaks, read from the trade-mode code table.
 */
export class ModeRegistry {
  private readonly byKey = new Map<string, ListMode>();

  constructor(modes: readonly ListMode[]) {
    for (const mode of modes) {
      const key = ModeRegistry.key(mode.tradeMode, mode.ieFlag);
      if (this.byKey.has(key)) throw new Error(`two modes registered for ${key}`);
      const entry = tradeModeEntry(mode.tradeMode);
      if (!entry?.directions.includes(mode.ieFlag)) throw new Error(`mode ${key} is not a direction the trade-mode code table allows`);
      if (receiptTargetOf(mode.messageType) !== 'inventoryList') throw new Error(`mode ${key} files its lists as ${mode.messageType}, not a list message`);
      if (!mode.orderType) throw new Error(`mode ${key} names no orderType for its order`);
      this.byKey.set(key, mode);
    }
  }

  private static key(tradeMode: string, ieFlag: string): string {
    return `${tradeMode}/${ieFlag}`;
  }

  find<F extends IeFlag>(tradeMode: string, ieFlag: F): ListModeOf<F> | undefined {
    return this.byKey.get(ModeRegistry.key(tradeMode, ieFlag)) as ListModeOf<F> | undefined;
  }

  /** The mode of a filed list; a list of a mode no module handles any more cannot be moved on. */
  of<F extends IeFlag>(list: { tradeMode: string; ieFlag: F }): ListModeOf<F> {
    const mode = this.find(list.tradeMode, list.ieFlag);
    if (!mode) throw new Error(`no mode module for ${ModeRegistry.key(list.tradeMode, list.ieFlag)}`);
    return mode;
  }

  /** The mode, or the field error a client gets for a combination this service does not take. */
  resolve<F extends IeFlag>(tradeMode: string, ieFlag: F): { mode: ListModeOf<F> } | { error: FieldError } {
    const mode = this.find(tradeMode, ieFlag);
    if (mode) return { mode };
    const entry = tradeModeEntry(tradeMode);
    if (!entry) {
      return { error: { code: 'MODE.UNKNOWN_TRADE_MODE', field: 'tradeMode', message: `tradeMode ${JSON.stringify(tradeMode)} is not a supervision mode of cross-border e-commerce` } };
    }
    if (!entry.directions.includes(ieFlag)) {
      const exportOnly = !entry.directions.includes('I');
      return {
        error: {
          code: exportOnly ? 'MODE.EXPORT_ONLY' : 'MODE.IMPORT_ONLY',
          field: 'tradeMode',
          message: `tradeMode ${tradeMode} (${entry.nameZh}) is ${exportOnly ? 'export' : 'import'} only; it cannot be declared on ${exportOnly ? 'an import' : 'an export'} list (ieFlag ${ieFlag})`,
        },
      };
    }
    const supported = [...this.byKey.keys()].join(', ');
    return {
      error: {
        code: 'LIST.MODE_NOT_SUPPORTED',
        field: 'tradeMode',
        message: `tradeMode ${tradeMode} with ieFlag ${ieFlag} is not handled here; supported: ${supported}`,
      },
    };
  }

  /** The trade modes whose released export lists go on a summary application (CEB701). */
  summarisedTradeModes(): string[] {
    return this.list().flatMap((m) => (m.ieFlag === 'E' && m.summarised ? [m.tradeMode] : []));
  }

  list(): ListMode[] {
    return [...this.byKey.values()];
  }
}
