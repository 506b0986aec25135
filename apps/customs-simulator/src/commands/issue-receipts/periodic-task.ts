import { Logger } from '@nestjs/common';

/**
 * Runs `tick` every `everyMs` (never two at once) until stopped; stop() waits for the tick in
 * flight, so nothing touches the database after shutdown begins.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private running = false;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly tick: () => Promise<unknown>,
    private readonly logger = new Logger(name),
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.tick()
        .then(() => undefined)
        .catch((error: Error) => this.logger.warn(`${this.name} failed: ${error.message}`))
        .finally(() => this.schedule());
    }, this.everyMs);
  }
}
