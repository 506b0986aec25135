import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { LedgerView } from '../../shared/ledger.view';
import { SetStorageLimitRequestDto } from './set-storage-limit.request.dto';
import { SetStorageLimitService } from './set-storage-limit.service';

@ApiTags('lots')
@Controller('ledgers')
export class SetStorageLimitHttpController {
  constructor(private readonly service: SetStorageLimitService) {}

  @Patch(':emsNo')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: "Set or remove the ledger's storage limit in days (ageing of its lots)" })
  @ApiOkResponse({ type: LedgerView })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  set(@Param('emsNo') emsNo: string, @Body() body: SetStorageLimitRequestDto, @CurrentCaller() caller: Caller): Promise<LedgerView> {
    return this.service.set(caller, emsNo, body.storageLimitDays);
  }
}
