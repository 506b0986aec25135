import { DynamicModule, InjectionToken, Module, Type } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsCollector, ServiceMetrics } from './service-metrics';

export interface MetricsModuleOptions {
  service: string;
  /** Tokens of collectors, resolved from global modules (e.g. MessagingMetrics exported by MessagingModule) or provided here. */
  collectors?: InjectionToken<MetricsCollector>[];
  /** Collectors of the app's own, built here (their dependencies come from global modules, e.g. the DataSource). */
  own?: Type<MetricsCollector>[];
}

/** GET /metrics for one service; configureHttpApp times every request into it. */
@Module({})
export class MetricsModule {
  static forRoot(options: MetricsModuleOptions): DynamicModule {
    const own = options.own ?? [];
    const collectors = [...(options.collectors ?? []), ...own];
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [
        ...own,
        {
          provide: ServiceMetrics,
          useFactory: (...contributed: MetricsCollector[]) => new ServiceMetrics(options.service, contributed),
          inject: collectors,
        },
      ],
      exports: [ServiceMetrics],
    };
  }
}
