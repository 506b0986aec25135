import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Payment } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { FilePaymentService } from './file-payment.service';

@ApiTags('payments')
@Controller('payments')
export class FilePaymentHttpController {
  constructor(private readonly service: FilePaymentService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'File a CEB411 payment (filer: payCode)' })
  file(@CurrentCaller() caller: Caller, @Body() body: Payment) {
    return this.service.file(caller, body);
  }
}
