import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiCursorPageResponse, ApiErrors, CursorPage, paginate, parseInstant } from '@lhasa/http';
import { StockMovement } from '../../domain/stock-movement.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { StockMovementView, toStockMovementView } from '../find-movements/stock-movement.view';
import { FindMovementHistoryRequestDto } from './find-movement-history.request.dto';

/**
 * The movement history of a ledger, newest first, one cursor page at a time: every change to a
 * line's quantities with the document that caused it (referenceType / referenceId).
 */
@ApiTags('ledgers')
@Controller('ledgers/:emsNo/movement-history')
export class FindMovementHistoryHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Movement history of a ledger, newest first, by line, source document, kind and date, with cursor pagination' })
  @ApiCursorPageResponse(StockMovementView, 'movements, newest first, each with its source document (referenceType, referenceId)')
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async list(@Param('emsNo') emsNo: string, @Query() q: FindMovementHistoryRequestDto, @CurrentCaller() caller: Caller): Promise<CursorPage<StockMovementView>> {
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const qb = this.dataSource.getRepository(StockMovement).createQueryBuilder('mv').where('mv.ems_no = :emsNo', { emsNo: ledger.emsNo });
    if (q.itemRecordNo !== undefined) qb.andWhere('mv.item_record_no = :item', { item: q.itemRecordNo });
    if (q.kind !== undefined) qb.andWhere('mv.kind = :kind', { kind: q.kind });
    if (q.documentType !== undefined) qb.andWhere('mv.reference_type = :documentType', { documentType: q.documentType });
    if (q.documentId !== undefined) qb.andWhere('mv.reference_id = :documentId', { documentId: q.documentId });
    if (q.from !== undefined) qb.andWhere('mv.occurred_at >= :from', { from: parseInstant(q.from) });
    if (q.to !== undefined) qb.andWhere('mv.occurred_at < :to', { to: parseInstant(q.to) });
    return paginate(qb, q, toStockMovementView, { createdAt: 'occurred_at', id: 'id' });
  }
}
