import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { ReturnEntryView } from '../../shared/return-entry.view';
import { PostReturnEntryService } from './post-return-entry.service';

@ApiTags('return-entries')
@Controller('ledgers/:emsNo/return-entries')
export class PostReturnEntryHttpController {
  constructor(private readonly service: PostReturnEntryService) {}

  @Post(':returnId/post')
  @HttpCode(200)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Post a pending return entry again: its goods go back on their ledger lines (RETURN_INCREASE); a posted entry answers as it is' })
  @ApiOkResponse({ type: ReturnEntryView })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)", 'WAREHOUSE.RETURN_ENTRY_NOT_FOUND': 'the ledger has no such return entry' }, 409: { 'WAREHOUSE.LINE_SUSPENDED': 'still pending: customs has suspended the ledger line', 'WAREHOUSE.RETURN_BEFORE_EXIT': 'still pending: the goods have not left through the gate yet' }, 422: { 'WAREHOUSE.LINE_NOT_FOUND': 'still pending: the ledger has no such line', 'WAREHOUSE.RETURN_EXCEEDS_EXIT': 'still pending: more would come back than left' } })
  post(@Param('emsNo') emsNo: string, @Param('returnId') returnId: string, @CurrentCaller() caller: Caller): Promise<ReturnEntryView> {
    return this.service.post(caller, emsNo, returnId);
  }
}
