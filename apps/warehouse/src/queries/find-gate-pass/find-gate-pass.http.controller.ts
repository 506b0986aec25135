import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { GatePass } from '../../domain/gate-pass.entity';
import { actsFor } from '../../shared/ledger-access';
import { GatePassView } from '../../shared/gate-pass.view';
import { gatePassView } from '../../shared/gate-pass-lists';
import { isUuid, notFound } from '@lhasa/domain';

@ApiTags('gate-passes')
@Controller('gate-passes')
export class FindGatePassHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: GatePassView })
  @ApiErrors({ 404: { 'WAREHOUSE.GATE_PASS_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    const pass = isUuid(id) ? await this.dataSource.getRepository(GatePass).findOneBy({ id }) : null;
    // Another operator's gate pass answers exactly as an unknown one.
    if (!pass || !actsFor(caller, pass.ownerCode)) throw notFound('WAREHOUSE.GATE_PASS_NOT_FOUND', `No gate pass ${id}`, 'id');
    return gatePassView(this.dataSource.manager, pass);
  }
}
