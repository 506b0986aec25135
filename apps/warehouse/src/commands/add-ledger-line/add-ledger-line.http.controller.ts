import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { LedgerLineView } from '../../shared/ledger.view';
import { AddLedgerLineRequestDto } from './add-ledger-line.request.dto';
import { AddLedgerLineService } from './add-ledger-line.service';

@ApiTags('ledgers')
@Controller('ledgers/:emsNo/lines')
export class AddLedgerLineHttpController {
  constructor(private readonly service: AddLedgerLineService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiCreatedResponse({ type: LedgerLineView })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" }, 409: { 'WAREHOUSE.LINE_EXISTS': 'the ledger has this line already' } })
  addLine(@Param('emsNo') emsNo: string, @Body() body: AddLedgerLineRequestDto, @CurrentCaller() caller: Caller): Promise<LedgerLineView> {
    return this.service.add(caller, emsNo, body);
  }
}
