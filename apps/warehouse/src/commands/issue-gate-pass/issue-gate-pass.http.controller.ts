import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { GatePassView } from '../../shared/gate-pass.view';
import { IssueGatePassRequestDto } from './issue-gate-pass.request.dto';
import { IssueGatePassService } from './issue-gate-pass.service';

@ApiTags('gate-passes')
@Controller('gate-passes')
export class IssueGatePassHttpController {
  constructor(private readonly service: IssueGatePassService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiCreatedResponse({ type: GatePassView, description: 'Filed and sent to customs (SAS121); status SENT' })
  @ApiNotFoundResponse({ description: "WAREHOUSE.VERIFICATION_LIST_NOT_FOUND: unknown, or another operator's" })
  @ApiConflictResponse({ description: 'WAREHOUSE.VERIFICATION_LIST_NOT_APPROVED, WAREHOUSE.GATE_PASS_EXISTS' })
  issue(@Body() body: IssueGatePassRequestDto, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    return this.service.issue(caller, body);
  }
}
