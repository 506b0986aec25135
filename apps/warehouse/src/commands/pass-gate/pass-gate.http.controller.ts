import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { GatePassService } from './pass-gate.service';
import { GatePassView } from '../../shared/gate-pass.view';

@ApiTags('gate-passes')
@Controller('gate-passes/:id/passage')
export class PassGateHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: GatePassService,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'The truck passed the gate (SAS223 "passed"): stock actually increases (I) or reduces (E)' })
  @ApiOkResponse({ type: GatePassView })
  @ApiConflictResponse({ description: 'WAREHOUSE.GATE_PASS_NOT_APPROVED, WAREHOUSE.ALREADY_PASSED, WAREHOUSE.LINE_SUSPENDED, WAREHOUSE.OVER_REDUCTION' })
  pass(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    return this.dataSource.transaction((m) => this.gate.pass(m, caller, id));
  }
}
