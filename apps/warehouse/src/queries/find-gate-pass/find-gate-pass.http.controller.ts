import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { assertActsFor, Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { GatePass } from '../../domain/gate-pass.entity';
import { isUuid } from '../../shared/known-codes.validators';
import { GatePassView, toGatePassView } from '../../shared/gate-pass.view';
import { notFound } from '@lhasa/domain';

@ApiTags('gate-passes')
@Controller('gate-passes')
export class FindGatePassHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: GatePassView })
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<GatePassView> {
    const pass = isUuid(id) ? await this.dataSource.getRepository(GatePass).findOneBy({ id }) : null;
    if (!pass) throw notFound('WAREHOUSE.GATE_PASS_NOT_FOUND', `No gate pass ${id}`, 'id');
    assertActsFor(caller, pass.ownerCode, 'id');
    return toGatePassView(pass);
  }
}
