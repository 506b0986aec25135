import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { formatQuantity, parseQuantity, ruleBroken } from '@lhasa/domain';
import { StockLedger } from '../../domain/stock-ledger';
import { onHand } from '../../domain/stock-rules';
import { StockTake } from '../../domain/stock-take.entity';
import { findAccessibleLedger, lineNotFound } from '../../shared/ledger-access';
import { StockTakeView, toStockTakeView } from '../../shared/stock-take.view';
import { TakeStockRequestDto } from './take-stock.request.dto';

/**
 * The operator counts a line (盘点): the difference to on-hand moves as a STOCKTAKE_GAIN or
 * STOCKTAKE_LOSS of its own, through the one stock writer, in the transaction that records the
 * count. Applied at once (no customs approval step, README "Stock-takes"); a loss may not take
 * available below zero (422 WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE).
 */
@Injectable()
export class TakeStockService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stock: StockLedger,
  ) {}

  async take(caller: Caller, emsNo: string, itemRecordNo: string, body: TakeStockRequestDto): Promise<StockTakeView> {
    return this.dataSource.transaction(async (m) => {
      const ledger = await findAccessibleLedger(m, caller, emsNo);
      // Locked before on-hand is read, so the difference is taken against the counters it moves.
      const line = (await this.stock.lockLines(m, ledger.emsNo, [itemRecordNo])).get(itemRecordNo);
      if (!line) throw lineNotFound(emsNo, itemRecordNo);
      const before = parseQuantity(onHand(line));
      const difference = parseQuantity(body.countedQty) - before;
      const take = m.getRepository(StockTake).create({
        id: randomUUID(),
        emsNo: ledger.emsNo,
        itemRecordNo,
        countedQty: body.countedQty,
        onHandBefore: formatQuantity(before),
        difference: formatQuantity(difference),
        reason: body.reason,
        operatorKeyId: caller.keyId,
        operatorCode: caller.enterpriseCode,
      });
      await m.getRepository(StockTake).insert(take);
      if (difference !== 0n) {
        const kind = difference > 0n ? 'STOCKTAKE_GAIN' : 'STOCKTAKE_LOSS';
        const qty = formatQuantity(difference > 0n ? difference : -difference);
        const outcome = await this.stock.move(m, ledger.emsNo, kind, [{ itemRecordNo, qty }], { type: 'STOCK_TAKE', id: take.id });
        if (!outcome.ok) throw ruleBroken(outcome.refusal.code, outcome.refusal.message, 'countedQty');
      }
      return toStockTakeView((await m.getRepository(StockTake).findOneByOrFail({ id: take.id })));
    });
  }
}
