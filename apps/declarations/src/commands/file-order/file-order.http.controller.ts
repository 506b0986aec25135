import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportOrder } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { FileOrderService } from './file-order.service';

@ApiTags('orders')
@Controller('orders')
export class FileOrderHttpController {
  constructor(private readonly service: FileOrderService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'File a CEB311 import order (filer: ebcCode or ebpCode)' })
  file(@CurrentCaller() caller: Caller, @Body() body: ImportOrder) {
    return this.service.file(caller, body);
  }
}
