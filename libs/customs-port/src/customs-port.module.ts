import { DynamicModule, Module } from '@nestjs/common';
import { CustomsFilingService, CustomsPort } from './customs-port';

/** Default DXP id of this system when CUSTOMS_DXP_ID is unset. */
export const DEFAULT_DXP_ID = 'DXPENT0000LHASA1';

/** Reads the port's one setting; a bad value stops the start naming the variable. */
export function customsDxpId(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.CUSTOMS_DXP_ID?.trim() || DEFAULT_DXP_ID;
  if (!/^[A-Z0-9]{1,30}$/.test(value)) throw new Error(`CUSTOMS_DXP_ID must be 1-30 capitals and digits (got ${JSON.stringify(value)})`);
  return value;
}

@Module({})
export class CustomsPortModule {
  /** The port for one filing service. */
  static register(service: CustomsFilingService): DynamicModule {
    return {
      module: CustomsPortModule,
      providers: [{ provide: CustomsPort, useFactory: () => new CustomsPort({ service, dxpId: customsDxpId() }) }],
      exports: [CustomsPort],
    };
  }
}
