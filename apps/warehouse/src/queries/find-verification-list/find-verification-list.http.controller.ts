import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { VerificationList } from '../../domain/verification-list.entity';
import { VerificationListLine } from '../../domain/verification-list-line.entity';
import { actsFor } from '../../shared/ledger-access';
import { toVerificationListView, VerificationListView } from '../../shared/verification-list.view';
import { isUuid, notFound } from '@lhasa/domain';

@ApiTags('verification-lists')
@Controller('verification-lists')
export class FindVerificationListHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: VerificationListView })
  @ApiErrors({ 404: { 'WAREHOUSE.VERIFICATION_LIST_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<VerificationListView> {
    const list = isUuid(id) ? await this.dataSource.getRepository(VerificationList).findOneBy({ id }) : null;
    // Another operator's verification list answers exactly as an unknown one.
    if (!list || !actsFor(caller, list.ownerCode)) throw notFound('WAREHOUSE.VERIFICATION_LIST_NOT_FOUND', `No verification list ${id}`, 'id');
    const lines = await this.dataSource.getRepository(VerificationListLine).findBy({ verificationListId: id });
    const carried = await this.dataSource.getRepository(StockReservation).find({ where: { exitVerificationListId: id }, order: { listId: 'ASC' } });
    return toVerificationListView(list, lines, carried.map((r) => r.listId));
  }
}
