import { Logger } from '@nestjs/common';

/** Runs `tick` every `everyMs`, one at a time, until stopped; stop() waits for the tick in flight. */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private running = false;
  private readonly logger: Logger;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly tick: () => Promise<unknown>,
  ) {
    this.logger = new Logger(name);
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
