import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Waybill } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { FileWaybillService } from './file-waybill.service';

@ApiTags('waybills')
@Controller('waybills')
export class FileWaybillHttpController {
  constructor(private readonly service: FileWaybillService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'File a CEB511 waybill (filer: logisticsCode)' })
  file(@CurrentCaller() caller: Caller, @Body() body: Waybill) {
    return this.service.file(caller, body);
  }
}
