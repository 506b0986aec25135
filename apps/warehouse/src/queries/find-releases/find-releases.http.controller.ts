import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { BONDED_ECOMMERCE_MODE, CNY_CEB_CODE, normaliseQuantity } from '@lhasa/domain';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { FindReleasesRequestDto } from './find-releases.request.dto';

class ReleasedLineView {
  @ApiProperty() itemRecordNo: string;
  @ApiProperty() gcode: string;
  @ApiProperty({ example: '2' }) qty: string;
  @ApiProperty({ example: '198.00' }) totalPrice: string;
  @ApiProperty({ example: '125' }) country: string;
}

export class ReleaseView {
  @ApiProperty({ format: 'uuid' }) listId: string;
  @ApiProperty({ description: 'Customs inventory number' }) invtNo: string;
  @ApiProperty() copNo: string;
  @ApiProperty() orderNo: string;
  @ApiProperty() ebcCode: string;
  @ApiProperty({ example: BONDED_ECOMMERCE_MODE, description: 'Supervision mode of the released list' }) tradeMode: string;
  @ApiProperty() releasedAt: string;
  @ApiProperty({ example: '142' }) currency: string;
  @ApiProperty({ example: '198.00' }) totalValue: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The exit verification list already carrying it, if any' })
  exitVerificationListId: string | null;
  @ApiProperty({ type: [ReleasedLineView] }) lines: ReleasedLineView[];
}

/** Released 1210/1239 lists of a ledger whose goods have not yet left through the exit gate. */
@ApiTags('releases')
@Controller('releases')
export class FindReleasesHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: [ReleaseView] })
  @ApiNotFoundResponse({ description: "WAREHOUSE.LEDGER_NOT_FOUND: unknown, or another operator's" })
  async list(@Query() query: FindReleasesRequestDto, @CurrentCaller() caller: Caller): Promise<ReleaseView[]> {
    await findAccessibleLedger(this.dataSource.manager, caller, query.emsNo);
    const rows = await this.dataSource
      .getRepository(StockReservation)
      .find({ where: { emsNo: query.emsNo, status: 'RELEASED' }, order: { releasedAt: 'ASC', listId: 'ASC' } });
    return rows.map((r) => ({
      listId: r.listId,
      invtNo: r.invtNo ?? '',
      copNo: r.copNo,
      orderNo: r.orderNo,
      ebcCode: r.ebcCode,
      tradeMode: r.tradeMode,
      releasedAt: r.releasedAt?.toISOString() ?? '',
      currency: r.currency ?? CNY_CEB_CODE,
      totalValue: r.totalValue ?? '0.00',
      exitVerificationListId: r.exitVerificationListId,
      lines: (r.releasedLines ?? []).map((l) => ({ ...l, qty: normaliseQuantity(l.qty) })),
    }));
  }
}
