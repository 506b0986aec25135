import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { SIMULATOR_SETTINGS, SimulatorSettings } from '../../config/simulator.settings';

@ApiTags('settings')
@Roles('admin')
@Controller('settings')
export class SettingsHttpController {
  constructor(@Inject(SIMULATOR_SETTINGS) private readonly settings: SimulatorSettings) {}

  @Get()
  @ApiOperation({ summary: 'How this customs behaves: delays, inspection rate, seed' })
  get(): SimulatorSettings {
    return { ...this.settings };
  }
}
