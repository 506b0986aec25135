import { FieldError, tradeModeEntry } from '@lhasa/domain';
import type { ImportListMode } from './import-list-mode';

/**
 * Picks a list's mode by (tradeMode, ieFlag) among the mode modules. The modules are the mode ↔
 * document matrix (domain.md §10 rule 1): a combination no module handles is refused with the
 * rule it breaks, read from the trade-mode code table.
 */
export class ModeRegistry {
  private readonly byKey = new Map<string, ImportListMode>();

  constructor(modes: readonly ImportListMode[]) {
    for (const mode of modes) {
      const key = ModeRegistry.key(mode.tradeMode, mode.ieFlag);
      if (this.byKey.has(key)) throw new Error(`two modes registered for ${key}`);
      const entry = tradeModeEntry(mode.tradeMode);
      if (!entry?.directions.includes(mode.ieFlag)) throw new Error(`mode ${key} is not a direction the trade-mode code table allows`);
      this.byKey.set(key, mode);
    }
  }

  private static key(tradeMode: string, ieFlag: string): string {
    return `${tradeMode}/${ieFlag}`;
  }

  find(tradeMode: string, ieFlag: string): ImportListMode | undefined {
    return this.byKey.get(ModeRegistry.key(tradeMode, ieFlag));
  }

  /** The mode, or the field error a client gets for a combination this service does not take. */
  resolve(tradeMode: string, ieFlag: string): { mode: ImportListMode } | { error: FieldError } {
    const mode = this.find(tradeMode, ieFlag);
    if (mode) return { mode };
    const entry = tradeModeEntry(tradeMode);
    if (!entry) {
      return { error: { code: 'MODE.UNKNOWN_TRADE_MODE', field: 'tradeMode', message: `tradeMode ${JSON.stringify(tradeMode)} is not a supervision mode of cross-border e-commerce` } };
    }
    if (!entry.directions.includes(ieFlag as 'I' | 'E')) {
      const exportOnly = !entry.directions.includes('I');
      return {
        error: {
          code: exportOnly ? 'MODE.EXPORT_ONLY' : 'MODE.IMPORT_ONLY',
          field: 'tradeMode',
          message: `tradeMode ${tradeMode} (${entry.nameZh}) is ${exportOnly ? 'export' : 'import'} only; it cannot be declared with ieFlag ${ieFlag}`,
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

  list(): ImportListMode[] {
    return [...this.byKey.values()];
  }
}
