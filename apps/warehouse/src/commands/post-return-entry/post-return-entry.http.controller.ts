import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
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
  @ApiNotFoundResponse({ description: "WAREHOUSE.LEDGER_NOT_FOUND (unknown, or another operator's), WAREHOUSE.RETURN_ENTRY_NOT_FOUND" })
  @ApiConflictResponse({ description: 'Still pending: WAREHOUSE.LINE_SUSPENDED, WAREHOUSE.RETURN_BEFORE_EXIT' })
  @ApiUnprocessableEntityResponse({ description: 'Still pending: WAREHOUSE.LINE_NOT_FOUND, WAREHOUSE.RETURN_EXCEEDS_EXIT' })
  post(@Param('emsNo') emsNo: string, @Param('returnId') returnId: string, @CurrentCaller() caller: Caller): Promise<ReturnEntryView> {
    return this.service.post(caller, emsNo, returnId);
  }
}
