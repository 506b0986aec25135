import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { GatePassView } from '../../shared/gate-pass.view';
import { RefuseGatePassRequestDto } from './refuse-gate-pass.request.dto';
import { RefuseGatePassService } from './refuse-gate-pass.service';

@ApiTags('gate-passes')
@Controller('gate-passes/:id/refusal')
export class RefuseGatePassHttpController {
  constructor(private readonly service: RefuseGatePassService) {}

  @Post()
  @HttpCode(200)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'The gate refused the truck (SAS224 2): nothing moves; the pass is REFUSED with its reason' })
  @ApiOkResponse({ type: GatePassView })
  @ApiErrors({
    404: { 'WAREHOUSE.GATE_PASS_NOT_FOUND': "unknown, or another operator's (one answer for both)" },
    409: {
      'WAREHOUSE.GATE_PASS_NOT_APPROVED': 'customs has not approved the gate pass yet',
      'WAREHOUSE.ALREADY_PASSED': 'the truck has passed the gate already',
      'WAREHOUSE.GATE_PASS_REFUSED': 'the gate refused this pass already',
    },
  })
  refuse(@Param('id') id: string, @Body() body: RefuseGatePassRequestDto, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    return this.service.refuse(caller, id, body.reason);
  }
}
