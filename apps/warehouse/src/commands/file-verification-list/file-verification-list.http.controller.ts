import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
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
  @ApiErrors({ 400: { 'WAREHOUSE.BOND_INVT_TYPE_MISMATCH': 'an exit list of another type than 8' }, 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" }, 409: { 'WAREHOUSE.LINE_SUSPENDED': 'customs has suspended a ledger line the goods are on' }, 422: { 'WAREHOUSE.LINE_NOT_FOUND': 'the ledger has no such line', 'WAREHOUSE.NOTHING_TO_EXIT': 'no released list awaits exit on the ledger', 'WAREHOUSE.LIST_NOT_AWAITING_EXIT': 'a named list is not released or is on another exit list' } })
  file(@Body() body: FileVerificationListRequestDto, @CurrentCaller() caller: Caller): Promise<VerificationListView> {
    return this.service.file(caller, body);
  }
}
