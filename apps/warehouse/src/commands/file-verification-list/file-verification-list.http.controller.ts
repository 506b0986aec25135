import { Body, Controller, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiBody({
    type: FileVerificationListRequestDto,
    examples: {
      entry: {
        summary: 'An entry (一线) list: goods from abroad onto the ledger',
        value: { emsNo: 'T8800W000001', impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', bondInvtTypecd: '0', currency: '142', country: '125', lines: [{ itemRecordNo: '1', qty: '100', totalPrice: '5000.00', country: '125' }] },
      },
      exitByDirection: {
        summary: 'An exit list of every released import list awaiting exit',
        value: { emsNo: 'T8800W000001', impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', bondInvtTypecd: '8', ieFlag: 'I' },
      },
      exitChosen: {
        summary: 'An exit list of released lists chosen by hand',
        value: { emsNo: 'T8800W000001', purpose: 'ECOMMERCE_EXIT', inventoryListIds: ['3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09'] },
      },
      exitChosenAsListIds: {
        summary: 'The same, naming them listIds',
        value: { emsNo: 'T8800W000001', purpose: 'ECOMMERCE_EXIT', listIds: ['3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09'] },
      },
    },
  })
  @ApiCreatedResponse({ type: VerificationListView, description: 'Filed and sent to customs (INV101); status SENT' })
  @ApiErrors({
    400: {
      'WAREHOUSE.BOND_INVT_TYPE_MISMATCH': 'an exit list of another type than 8',
      'WAREHOUSE.PURPOSE_MISMATCH': 'purpose does not fit impexpMarkcd (BONDED_ENTRY is I, ECOMMERCE_EXIT is E)',
      'WAREHOUSE.LIST_IDS_TWICE': 'both listIds and inventoryListIds given',
      'WAREHOUSE.INVENTORY_LISTS_NOT_ALLOWED': 'inventoryListIds on an entry (I) list',
      'WAREHOUSE.IE_FLAG_NOT_ALLOWED': 'ieFlag on an entry (I) list',
      'WAREHOUSE.LINES_NOT_ALLOWED': 'lines on an exit (E) list',
    },
    404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" },
    409: { 'WAREHOUSE.LINE_SUSPENDED': 'customs has suspended a ledger line the goods are on' },
    422: {
      'WAREHOUSE.LINE_NOT_FOUND': 'the ledger has no such line',
      'WAREHOUSE.NOTHING_TO_EXIT': 'no released list awaits exit on the ledger',
      'WAREHOUSE.LIST_NOT_AWAITING_EXIT': 'a named list is not released or is on another exit list',
      'WAREHOUSE.MIXED_DIRECTION': 'the chosen lists are import and export lists: one exit list holds one direction',
      'WAREHOUSE.MIXED_CURRENCY': 'the chosen lists are in several currencies, or not in the one given',
    },
  })
  file(@Body() body: FileVerificationListRequestDto, @CurrentCaller() caller: Caller): Promise<VerificationListView> {
    return this.service.file(caller, body);
  }
}
