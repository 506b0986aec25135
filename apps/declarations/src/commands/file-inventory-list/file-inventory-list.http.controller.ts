import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportInventoryList } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { answerEach, ApiErrors } from '@lhasa/http';
import { BatchFiling, InventoryListBatchRequestDto, FiledListBatchView } from '../../shared/batch-filing';
import { FiledListView } from '../../shared/filed-document.view';
import { LIST_FILING_ERRORS } from '../../shared/filing-errors';
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
  @ApiErrors(LIST_FILING_ERRORS)
  @ApiOperation({
    summary: 'File a CEB621 import inventory list (filer: agentCode or ebcCode)',
    description: '1210/1239 lists wait for the warehouse to pre-reduce stock (AWAITING_STOCK); 9610 lists go to customs at once (DECLARED).',
  })
  async file(@CurrentCaller() caller: Caller, @Body() body: ImportInventoryList, @Res({ passthrough: true }) res: Response): Promise<FiledListView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }

  @BatchFiling({ request: InventoryListBatchRequestDto, response: FiledListBatchView, documents: 'CEB621 import inventory lists', single: 'POST /inventory-lists' })
  async fileBatch(@CurrentCaller() caller: Caller, @Body() body: InventoryListBatchRequestDto): Promise<FiledListBatchView> {
    return { answers: await answerEach(body.documents, ImportInventoryList, (document) => this.service.file(caller, document)) };
  }
}
