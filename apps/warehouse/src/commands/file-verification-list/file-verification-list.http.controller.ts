import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { VerificationListView } from '../../shared/verification-list.view';
import { FileVerificationListRequestDto } from './file-verification-list.request.dto';
import { FileVerificationListService } from './file-verification-list.service';

@ApiTags('verification-lists')
@Controller('verification-lists')
export class FileVerificationListHttpController {
  constructor(private readonly service: FileVerificationListService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiCreatedResponse({ type: VerificationListView, description: 'Filed and sent to customs (INV101); status SENT' })
  @ApiNotFoundResponse({ description: "WAREHOUSE.LEDGER_NOT_FOUND: unknown, or another operator's" })
  @ApiUnprocessableEntityResponse({ description: 'WAREHOUSE.LINE_NOT_FOUND, WAREHOUSE.NOTHING_TO_EXIT, WAREHOUSE.LIST_NOT_AWAITING_EXIT' })
  @ApiConflictResponse({ description: 'WAREHOUSE.LINE_SUSPENDED' })
  file(@Body() body: FileVerificationListRequestDto, @CurrentCaller() caller: Caller): Promise<VerificationListView> {
    return this.service.file(caller, body);
  }
}
