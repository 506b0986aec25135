import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
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
  @ApiErrors({ 404: { 'WAREHOUSE.GATE_PASS_NOT_FOUND': "unknown, or another operator's (one answer for both)" }, 409: { 'WAREHOUSE.GATE_PASS_NOT_APPROVED': 'customs has not approved the gate pass yet', 'WAREHOUSE.GATE_PASS_REFUSED': 'the gate refused this pass; issue a new one', 'WAREHOUSE.ALREADY_PASSED': 'the truck has passed the gate already', 'WAREHOUSE.LINE_SUSPENDED': 'customs has suspended a ledger line the goods are on', 'WAREHOUSE.OVER_REDUCTION': 'the exit would reduce a line beyond what was pre-reduced', 'WAREHOUSE.OVER_INCREASE': 'the entry would gate in more than customs approved (预增 − 实增)' } })
  pass(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    return this.service.pass(caller, id);
  }
}
