import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ExportInventoryList } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { DuplicateDocumentErrorView, FiledListView } from '../../shared/filed-document.view';
import { FileExportInventoryListService } from './file-export-inventory-list.service';

@ApiTags('inventory-lists')
@Controller('export-inventory-lists')
export class FileExportInventoryListHttpController {
  constructor(private readonly service: FileExportInventoryListService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledListView, description: 'filed (tax 0: export lists are not taxed)' })
  @ApiOkResponse({ type: FiledListView, description: 'the same list (same canonical body) was filed already under this copNo: its answer, with the current status' })
  @ApiConflictResponse({ type: DuplicateDocumentErrorView, description: 'LIST.DUPLICATE_COP_NO: the copNo is taken by a different body; LIST.LIVE_LIST_EXISTS: the order has a live list' })
  @ApiForbiddenResponse({ description: 'AUTH.NOT_YOUR_ENTERPRISE; LIST.AGENT_NOT_AUTHORISED: ebcCode has not authorised agentCode' })
  @ApiUnprocessableEntityResponse({
    description:
      'the mode ↔ document matrix: MODE.IMPORT_ONLY, MODE.UNKNOWN_TRADE_MODE, MODE.EMS_NO_REQUIRED, MODE.IAC_CODE_REQUIRED, MODE.ITEM_RECORD_NO_REQUIRED, MODE.EMS_NO_NOT_ALLOWED, ' +
      'MODE.OVERSEAS_WAREHOUSE_REQUIRED, MODE.OVERSEAS_WAREHOUSE_NOT_ALLOWED, LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED, LIST.NEEDS_CUSTOMS_DECLARATION, LIST.NO_EXCHANGE_RATE, ' +
      'LIST.MIXED_CURRENCIES, LIST.ORDER_TYPE_MISMATCH',
  })
  @ApiOperation({
    summary: 'File a CEB603 export inventory list (filer: agentCode, authorised by ebcCode, or ebcCode); tradeMode 9610, 1210, 9710 or 9810',
    description: '1210 special-area export lists wait for the warehouse to pre-reduce bonded stock (AWAITING_STOCK); the others go to customs at once (DECLARED).',
  })
  async file(@CurrentCaller() caller: Caller, @Body() body: ExportInventoryList, @Res({ passthrough: true }) res: Response): Promise<FiledListView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
