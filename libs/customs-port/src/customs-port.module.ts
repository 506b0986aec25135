import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CustomsFilingService, CustomsPort } from './customs-port';
import { customsPortConfig, CustomsPortConfig } from './customs-port.config';

@Module({})
export class CustomsPortModule {
  /** The port for one filing service. */
  static register(service: CustomsFilingService): DynamicModule {
    return {
      module: CustomsPortModule,
      imports: [ConfigModule.forFeature(customsPortConfig)],
      providers: [
        { provide: CustomsPort, useFactory: (config: CustomsPortConfig) => new CustomsPort({ service, dxpId: config.dxpId }), inject: [customsPortConfig.KEY] },
      ],
      exports: [CustomsPort],
    };
  }
}
