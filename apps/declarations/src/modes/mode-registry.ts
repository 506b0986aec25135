import type { FieldError } from '@lhasa/domain';
import type { ImportListMode } from './import-list-mode';

/** Picks a list's mode by (tradeMode, ieFlag). */
export class ModeRegistry {
  private readonly byKey = new Map<string, ImportListMode>();

  constructor(modes: readonly ImportListMode[]) {
    for (const mode of modes) {
      const key = ModeRegistry.key(mode.tradeMode, mode.ieFlag);
      if (this.byKey.has(key)) throw new Error(`two modes registered for ${key}`);
      this.byKey.set(key, mode);
    }
  }

  private static key(tradeMode: string, ieFlag: string): string {
    return `${tradeMode}/${ieFlag}`;
  }

  find(tradeMode: string, ieFlag: string): ImportListMode | undefined {
    return this.byKey.get(ModeRegistry.key(tradeMode, ieFlag));
  }

  /** The mode, or the field error a client gets for a mode this service does not handle. */
  resolve(tradeMode: string, ieFlag: string): { mode: ImportListMode } | { error: FieldError } {
    const mode = this.find(tradeMode, ieFlag);
    if (mode) return { mode };
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
