import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { GatePassView } from '../../shared/gate-pass.view';
import { PassGateService } from './pass-gate.service';

@ApiTags('gate-passes')
@Controller('gate-passes/:id/passage')
export class PassGateHttpController {
  constructor(private readonly service: PassGateService) {}

  @Post()
  @HttpCode(200)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'The truck passed the gate (SAS223 "passed"): stock actually increases (I) or reduces (E)' })
  @ApiOkResponse({ type: GatePassView })
  @ApiNotFoundResponse({ description: "WAREHOUSE.GATE_PASS_NOT_FOUND: unknown, or another operator's" })
  @ApiConflictResponse({ description: 'WAREHOUSE.GATE_PASS_NOT_APPROVED, WAREHOUSE.ALREADY_PASSED, WAREHOUSE.LINE_SUSPENDED, WAREHOUSE.OVER_REDUCTION' })
  pass(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    return this.service.pass(caller, id);
  }
}
