import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
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
  @ApiErrors({ 404: { 'WAREHOUSE.VERIFICATION_LIST_NOT_FOUND': "unknown, or another operator's (one answer for both)" }, 409: { 'WAREHOUSE.VERIFICATION_LIST_NOT_APPROVED': 'customs has not approved the verification list yet', 'WAREHOUSE.GATE_PASS_EXISTS': 'the verification list has a gate pass already' } })
  issue(@Body() body: IssueGatePassRequestDto, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    return this.service.issue(caller, body);
  }
}
