import { DynamicModule, InjectionToken, Module, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseHealthIndicator } from './database.health';
import { HEALTH_INDICATORS, HEALTH_SERVICE_NAME, HealthIndicator } from './health-indicator';
import { HealthController } from './health.controller';

export interface HealthModuleOptions {
  service: string;
  /**
   * Tokens of further indicators, resolved from global modules (e.g. KafkaHealthIndicator exported
   * by MessagingModule). The database indicator is built in whenever the app has a TypeORM
   * DataSource (TypeOrmModule's DataSource provider is global).
   */
  indicators?: InjectionToken<HealthIndicator>[];
}

/** GET /health for one service. */
@Module({})
export class HealthModule {
  static forRoot(options: HealthModuleOptions): DynamicModule {
    const extra = options.indicators ?? [];
    const indicators: Provider = {
      provide: HEALTH_INDICATORS,
      useFactory: (dataSource: DataSource | undefined, ...contributed: HealthIndicator[]): HealthIndicator[] => [
        ...(dataSource ? [new DatabaseHealthIndicator(dataSource)] : []),
        ...contributed,
      ],
      inject: [{ token: DataSource, optional: true }, ...extra],
    };
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [{ provide: HEALTH_SERVICE_NAME, useValue: options.service }, indicators],
    };
  }
}
