import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { readEnvironment } from '@lhasa/config';

/** This system's id on the data exchange platform when CUSTOMS_DXP_ID is unset. */
export const DEFAULT_DXP_ID = 'DXPENT0000LHASA1';

export interface CustomsPortConfig {
  /** BaseTransfer dxpId of every message this system sends. */
  dxpId: string;
}

/** The variables libs/customs-port reads (README.md "Configuration"). */
class CustomsPortEnvironment {
  @IsOptional() @Matches(/^[A-Z0-9]{1,30}$/, { message: 'CUSTOMS_DXP_ID must be 1-30 capitals and digits (a DXP id, e.g. DXPENT0000LHASA1)' })
  CUSTOMS_DXP_ID?: string;
}

export function loadCustomsPortConfig(env: NodeJS.ProcessEnv = process.env): CustomsPortConfig {
  const e = readEnvironment(CustomsPortEnvironment, env);
  return { dxpId: e.CUSTOMS_DXP_ID ?? DEFAULT_DXP_ID };
}

export const customsPortConfig = registerAs('customsPort', () => loadCustomsPortConfig());
