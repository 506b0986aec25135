import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiBody({
    type: IssueGatePassRequestDto,
    examples: {
      oneToOne: { summary: 'One truck, one list (bind type 2, the default)', value: { verificationListId: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', vehicleNo: '藏A12345', passportTypecd: '3', bindTypecd: '2', ioTypecd: 'I' } },
      manyTrucks: {
        summary: 'One list, many trucks (bind type 3): what this truck carries',
        value: { verificationListId: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', vehicleNo: '藏A12346', bindTypecd: '3', lines: [{ itemRecordNo: '1', qty: '40' }] },
      },
      manyLists: {
        summary: 'One truck, many lists (bind type 1)',
        value: { verificationListIds: ['3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', '8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f'], vehicleNo: '藏A12347', bindTypecd: '1' },
      },
      emptyTruck: { summary: 'An empty truck (passportTypecd 6)', value: { passportTypecd: '6', vehicleNo: '藏A12348', emsNo: 'T8800W000001', ioTypecd: 'E' } },
    },
  })
  @ApiCreatedResponse({ type: GatePassView, description: 'Filed and sent to customs (SAS121); status SENT' })
  @ApiErrors({
    400: {
      'WAREHOUSE.EMPTY_TRUCK_CARRIES_NOTHING': "an empty truck's pass names a list, lines or a bind type",
      'WAREHOUSE.EMS_NO_REQUIRED': "an empty truck's pass names no ledger",
      'WAREHOUSE.IO_TYPE_REQUIRED': "an empty truck's pass gives no direction",
      'WAREHOUSE.EMS_NO_NOT_ALLOWED': 'emsNo given for a pass of a list',
      'WAREHOUSE.VERIFICATION_LIST_ID_NOT_ALLOWED': 'verificationListId on a bind type 1 pass',
      'WAREHOUSE.VERIFICATION_LIST_IDS_REQUIRED': 'a bind type 1 pass names no lists',
      'WAREHOUSE.VERIFICATION_LIST_IDS_NOT_ALLOWED': 'verificationListIds on a pass that is not bind type 1',
      'WAREHOUSE.LINES_REQUIRED': 'a bind type 3 pass names no lines',
      'WAREHOUSE.LINES_NOT_ALLOWED': 'lines on a pass that is not bind type 3',
      'WAREHOUSE.IO_TYPE_MISMATCH': "ioTypecd differs from the list's impexpMarkcd",
    },
    404: { 'WAREHOUSE.VERIFICATION_LIST_NOT_FOUND': "unknown, or another operator's (one answer for both)", 'WAREHOUSE.LEDGER_NOT_FOUND': "empty truck: unknown ledger, or another operator's" },
    422: { 'WAREHOUSE.GATE_PASS_OVER_LIST': 'the trucks of a bind type 3 list would carry more than it holds', 'WAREHOUSE.LISTS_MIXED': 'bind type 1 lists of several ledgers or directions', 'WAREHOUSE.STOCK_TAKE_LIST_NOT_GATED': "a stock-take's verification list (purpose STOCK_TAKE): no truck carries it" }, 409: { 'WAREHOUSE.VERIFICATION_LIST_NOT_APPROVED': 'customs has not approved the verification list yet', 'WAREHOUSE.GATE_PASS_EXISTS': 'the verification list has a gate pass already' } })
  issue(@Body() body: IssueGatePassRequestDto, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    return this.service.issue(caller, body);
  }
}
