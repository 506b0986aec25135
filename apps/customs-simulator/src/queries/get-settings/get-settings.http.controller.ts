import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { SettingsView } from './settings.view';

@ApiTags('settings')
@Roles('admin')
@Controller('settings')
export class GetSettingsHttpController {
  constructor(@Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig) {}

  @Get()
  @ApiOperation({ summary: 'How this customs behaves: delays, partner wait, inspection and hold rates, seed, return window, tax rates' })
  @ApiOkResponse({ type: SettingsView })
  get(): SettingsView {
    const { http: _http, ...behaviour } = this.settings;
    return behaviour;
  }
}
