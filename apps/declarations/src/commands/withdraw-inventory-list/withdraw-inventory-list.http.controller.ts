import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors, ApiUuidParam, uuidParam } from '@lhasa/http';
import { WithdrawnListView } from '../../shared/withdrawn-list.view';
import { WithdrawInventoryListRequestDto } from './withdraw-inventory-list.request.dto';
import { WithdrawInventoryListService } from './withdraw-inventory-list.service';

@ApiTags('inventory-lists')
@Controller('inventory-lists/:id/withdrawal')
export class WithdrawInventoryListHttpController {
  constructor(private readonly service: WithdrawInventoryListService) {}

  @Post()
  @HttpCode(200)
  @Roles('enterprise', 'admin')
  @ApiOperation({
    summary: 'Withdraw a list customs has not got yet (AWAITING_STOCK): CANCELLED at once (filer: agentCode or ebcCode)',
    description: 'Its pre-reduction is returned (InventoryListRejected, stage cancelled). Again answers 200 with the same list. A list at customs is cancelled with POST /cancellations.',
  })
  @ApiOkResponse({ type: WithdrawnListView, description: 'withdrawn (or withdrawn already)' })
  @ApiUuidParam('LIST.NOT_FOUND', 'no such list, or not the caller’s')
  @ApiErrors({
    403: { 'AUTH.NOT_YOUR_ENTERPRISE': 'a party of the list that may not file it (its platform)' },
    422: { 'LIST.NOT_WITHDRAWABLE': 'the list is not awaiting stock (`details.listStatus`)' },
  })
  withdraw(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string, @Body() body: WithdrawInventoryListRequestDto): Promise<WithdrawnListView> {
    return this.service.withdraw(caller, id, body.reason);
  }
}
