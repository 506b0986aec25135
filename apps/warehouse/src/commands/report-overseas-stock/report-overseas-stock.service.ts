import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { conflict, ruleBroken } from '@lhasa/domain';
import { parseInstant } from '@lhasa/http';
import { OverseasStock } from '../../domain/overseas-stock.entity';
import { OverseasStockLedger } from '../../domain/overseas-stock-ledger';
import { OverseasStockReport } from '../../domain/overseas-stock-report.entity';
import { OverseasGoodsLine, OverseasReportKind, sumByGoods } from '../../domain/overseas-stock-rules';
import { overseasWarehouseNotFound } from '../../shared/overseas-warehouse-access';
import { OverseasStockReportView, toOverseasStockReportView } from '../../shared/overseas-stock-report.view';
import { OverseasStockReportRequestDto } from './report-overseas-stock.request.dto';

/**
 * The exporter reports what an overseas warehouse sold (lowering its stock there, never below zero)
 * or took back from buyers (raising it again, never more than was sold), through the one writer of
 * overseas stock. Kept by reportNo: the same report again answers as recorded; another report under
 * the same number is 409 WAREHOUSE.REPORT_NO_REUSED.
 */
@Injectable()
export class ReportOverseasStockService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stock: OverseasStockLedger,
  ) {}

  async report(caller: Caller, code: string, kind: OverseasReportKind, body: OverseasStockReportRequestDto): Promise<OverseasStockReportView> {
    const owner = caller.enterpriseCode;
    if (!owner) throw overseasWarehouseNotFound(code);
    return this.dataSource.transaction(async (m) => {
      // An exporter sees a warehouse only where it has goods: elsewhere it answers as unknown.
      if (!(await m.getRepository(OverseasStock).existsBy({ warehouseCode: code, ownerCode: owner }))) throw overseasWarehouseNotFound(code);
      const lines = sumByGoods(body.lines);
      const reportedAt = parseInstant(body.reportedAt)!;
      const inserted: unknown[] = await m.query(
        `INSERT INTO overseas_stock_reports (warehouse_code, owner_code, kind, report_no, reported_at, lines)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT DO NOTHING RETURNING 1`,
        [code, owner, kind, body.reportNo, reportedAt, JSON.stringify(lines)],
      );
      const recorded = await this.find(m, code, owner, kind, body.reportNo);
      if (!inserted.length) {
        const same = recorded.reportedAt.getTime() === reportedAt.getTime() && canonical(recorded.lines) === canonical(lines);
        if (!same) throw conflict('WAREHOUSE.REPORT_NO_REUSED', `Report ${body.reportNo} was recorded with other lines or another reportedAt`, 'reportNo');
        return toOverseasStockReportView(recorded);
      }
      const reference = { type: kind === 'SOLD' ? 'SALES_REPORT' : 'RETURN_REPORT', id: body.reportNo } as const;
      const outcome = await this.stock.report(m, code, owner, kind, lines, reference);
      if (!outcome.ok) throw ruleBroken(outcome.refusal.code, outcome.refusal.message, 'lines');
      return toOverseasStockReportView(recorded);
    });
  }

  private find(m: EntityManager, warehouseCode: string, ownerCode: string, kind: OverseasReportKind, reportNo: string): Promise<OverseasStockReport> {
    return m.getRepository(OverseasStockReport).findOneByOrFail({ warehouseCode, ownerCode, kind, reportNo });
  }
}

/** Lines in one comparable form (jsonb does not keep the keys' order). */
const canonical = (lines: readonly OverseasGoodsLine[]) => JSON.stringify(lines.map((l) => [l.gcode, l.gname, l.unit, l.qty]));
