import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { currentCorrelationId } from './correlation';

export interface LogConfig {
  /** `json` (default): one JSON object a line, for a log pipeline; `text`: Nest's coloured lines, for a person. */
  format: 'json' | 'text';
  /** Print Nest's start-up detail (every mapped route, every module initialised): off unless LOG_ROUTES=1. */
  routes: boolean;
}

/** LOG_FORMAT (json | text) and LOG_ROUTES (1 | 0); anything else stops the start with the variable named. */
export function loadLogConfig(env: NodeJS.ProcessEnv = process.env): LogConfig {
  const format = (env.LOG_FORMAT ?? 'json').toLowerCase();
  if (format !== 'json' && format !== 'text') throw new Error(`LOG_FORMAT must be json or text, got "${env.LOG_FORMAT}"`);
  const routes = env.LOG_ROUTES ?? '0';
  if (routes !== '0' && routes !== '1') throw new Error(`LOG_ROUTES must be 1 or 0, got "${routes}"`);
  return { format, routes: routes === '1' };
}

/** Nest's start-up chatter: one line per module, controller and route. */
const START_UP_DETAIL = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * The services' logger: Nest's console logger, as JSON lines carrying the service and the flow's
 * correlation id (the HTTP request's or the Kafka message's), without the start-up detail unless asked.
 */
export class ServiceLogger extends ConsoleLogger {
  constructor(
    private readonly service: string,
    private readonly config: LogConfig = loadLogConfig(),
  ) {
    super({ json: config.format === 'json' });
  }

  protected override printMessages(messages: unknown[], context = '', logLevel: LogLevel = 'log', writeStreamType?: 'stdout' | 'stderr', errorStack?: unknown): void {
    if (!this.config.routes && logLevel === 'log' && START_UP_DETAIL.has(context)) return;
    super.printMessages(messages, context, logLevel, writeStreamType, errorStack);
  }

  protected override getJsonLogObject(message: unknown, options: { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown }) {
    const correlationId = currentCorrelationId();
    return { ...super.getJsonLogObject(message, options), service: this.service, ...(correlationId ? { correlationId } : {}) };
  }
}
