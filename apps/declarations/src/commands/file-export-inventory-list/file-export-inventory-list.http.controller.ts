import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExportInventoryList } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { FiledListView } from '../../shared/filed-document.view';
import { EXPORT_LIST_FILING_ERRORS } from '../../shared/filing-errors';
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
  @ApiErrors(EXPORT_LIST_FILING_ERRORS)
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
