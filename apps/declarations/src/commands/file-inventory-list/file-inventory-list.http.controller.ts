import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportInventoryList } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { DuplicateDocumentErrorView, FiledListView } from '../../shared/filed-document.view';
import { FileInventoryListService } from './file-inventory-list.service';

@ApiTags('inventory-lists')
@Controller('inventory-lists')
export class FileInventoryListHttpController {
  constructor(private readonly service: FileInventoryListService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledListView, description: 'filed' })
  @ApiOkResponse({ type: FiledListView, description: 'the same list (same canonical body) was filed already under this copNo: its answer, with the current status' })
  @ApiConflictResponse({ type: DuplicateDocumentErrorView, description: 'LIST.DUPLICATE_COP_NO: the copNo is taken by a different body; LIST.LIVE_LIST_EXISTS: the order has a live list' })
  @ApiOperation({
    summary: 'File a CEB621 import inventory list (filer: agentCode or ebcCode)',
    description: '1210/1239 lists wait for the warehouse to pre-reduce stock (AWAITING_STOCK); 9610 lists go to customs at once (DECLARED).',
  })
  async file(@CurrentCaller() caller: Caller, @Body() body: ImportInventoryList, @Res({ passthrough: true }) res: Response): Promise<FiledListView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
