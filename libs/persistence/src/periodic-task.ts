import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `tick` every `everyMs` (never two at once in a process) until stopped; stop() waits for the
 * tick in flight, so nothing touches the database after shutdown begins. `everyMs` ≤ 0: never runs.
 * Several instances of a service each run their own task: a tick that must run once across them
 * does its work under `tryAdvisoryXactLock` (or SKIP LOCKED rows), see docs/architecture.md.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private running = false;
  private readonly logger: Logger;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly tick: () => Promise<unknown>,
    logger?: Logger,
  ) {
    this.logger = logger ?? new Logger(name);
  }

  get started(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running || this.everyMs <= 0) return;
    this.running = true;
    this.next();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }

  private next(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.tick()
        .then(() => undefined)
        .catch((error: Error) => this.logger.warn(`${this.name} failed: ${error.message}`))
        .finally(() => this.next());
    }, this.everyMs);
  }
}

/**
 * Tries the transaction-scoped advisory lock `key` in `m`'s transaction without waiting: true when
 * this transaction holds it now (until it ends), false when another one (another instance) does.
 */
export async function tryAdvisoryXactLock(m: EntityManager | DataSource, key: string): Promise<boolean> {
  const [{ locked }]: { locked: boolean }[] = await m.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [key]);
  return locked;
}
