import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportInventoryList } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { FileInventoryListService } from './file-inventory-list.service';

@ApiTags('inventory-lists')
@Controller('inventory-lists')
export class FileInventoryListHttpController {
  constructor(private readonly service: FileInventoryListService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiOperation({
    summary: 'File a CEB621 import inventory list (filer: agentCode or ebcCode)',
    description: '1210/1239 lists wait for the warehouse to pre-reduce stock (AWAITING_STOCK); 9610 lists go to customs at once (DECLARED).',
  })
  file(@CurrentCaller() caller: Caller, @Body() body: ImportInventoryList) {
    return this.service.file(caller, body);
  }
}
