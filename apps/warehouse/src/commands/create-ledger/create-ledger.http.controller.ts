import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { LedgerView } from '../../shared/ledger.view';
import { CreateLedgerRequestDto } from './create-ledger.request.dto';
import { CreateLedgerService } from './create-ledger.service';

@ApiTags('ledgers')
@Controller('ledgers')
export class CreateLedgerHttpController {
  constructor(private readonly service: CreateLedgerService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiCreatedResponse({ type: LedgerView })
  @ApiErrors({ 400: { 'WAREHOUSE.OWNER_REQUIRED': 'an admin opened a ledger without ownerCode' }, 409: { 'WAREHOUSE.LEDGER_EXISTS': 'a ledger with this emsNo exists' } })
  createLedger(@Body() body: CreateLedgerRequestDto, @CurrentCaller() caller: Caller): Promise<LedgerView> {
    return this.service.create(caller, body);
  }
}
