import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { normaliseQuantity, rational } from '@lhasa/domain';
import { ApiErrors } from '@lhasa/http';
import { warehouseConfig, WarehouseConfig } from '../../config/warehouse.config';
import { ageingOf, DAY_MS, storageLimitOf } from '../../domain/lot-ageing';
import { formatRational } from '../../domain/turnover';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { FindLotsRequestDto } from './find-lots.request.dto';
import { LotView } from './lot.view';

interface LotRow {
  id: string;
  item_record_no: string;
  source: string;
  gate_in_at: Date;
  country: string | null;
  qty: string;
  remaining: string;
  value: string | null;
  now: Date;
  draws: { qty: string; drawnAt: string }[];
}

const days = (ms: number): string => formatRational(rational(BigInt(ms), BigInt(DAY_MS)), 2) as string;

/** A ledger's lots, oldest first, with their FIFO draws, dwell and ageing against the storage limit. */
@ApiTags('lots')
@Controller('ledgers/:emsNo/lots')
export class FindLotsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(warehouseConfig.KEY) private readonly settings: WarehouseConfig,
  ) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOperation({
    summary:
      "Lots of the ledger (gate-in, origin, value, draws, dwell); ?ageing=near|over for storage-limit alerts against the ledger's limit, else the zone's (storageLimitDays, storageLimitSource)",
  })
  @ApiOkResponse({ type: [LotView] })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async list(@Param('emsNo') emsNo: string, @Query() query: FindLotsRequestDto, @CurrentCaller() caller: Caller): Promise<LotView[]> {
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const open = query.state !== 'all' || query.ageing !== undefined;
    const rows: LotRow[] = await this.dataSource.query(
      `SELECT l.id, l.item_record_no, l.source, l.gate_in_at, l.country, l.qty::text, (l.qty - l.drawn)::text AS remaining, l.value::text, now() AS now,
              COALESCE((SELECT json_agg(json_build_object('qty', d.qty::text, 'drawnAt', d.drawn_at) ORDER BY d.seq)
                          FROM lot_draws d WHERE d.lot_id = l.id), '[]') AS draws
         FROM stock_lots l
        WHERE l.ems_no = $1 AND ($2::text IS NULL OR l.item_record_no = $2) AND (NOT $3 OR l.drawn < l.qty)
        ORDER BY l.gate_in_at, l.seq`,
      [ledger.emsNo, query.itemRecordNo ?? null, open],
    );
    const nearPercent = query.nearPercent ?? 80;
    const limit = storageLimitOf(ledger.storageLimitDays ?? null, this.settings.storageLimitDays);
    const views = rows.map((r): LotView => {
      const gateIn = new Date(r.gate_in_at);
      return {
        lotId: r.id,
        itemRecordNo: r.item_record_no,
        source: r.source,
        gateInAt: gateIn.toISOString(),
        country: r.country,
        qty: normaliseQuantity(r.qty),
        remaining: normaliseQuantity(r.remaining),
        value: r.value,
        ageDays: days(new Date(r.now).getTime() - gateIn.getTime()),
        ageing: ageingOf(gateIn, new Date(r.now), limit.days, nearPercent),
        storageLimitDays: limit.days,
        storageLimitSource: limit.source,
        draws: r.draws.map((d) => ({ qty: normaliseQuantity(d.qty), drawnAt: new Date(d.drawnAt).toISOString(), dwellDays: days(new Date(d.drawnAt).getTime() - gateIn.getTime()) })),
      };
    });
    if (query.ageing === 'near') return views.filter((v) => v.ageing === 'NEAR');
    if (query.ageing === 'over') return views.filter((v) => v.ageing === 'OVER');
    return views;
  }
}
