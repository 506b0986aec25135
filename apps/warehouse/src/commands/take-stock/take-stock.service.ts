import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CustomsPort } from '@lhasa/customs-port';
import { OutboxPublisher } from '@lhasa/messaging';
import {
  CNY_CEB_CODE,
  conflict,
  Countries,
  formatMoney,
  formatQuantity,
  multiplyFen,
  ORDINARY_VERIFICATION_LIST_TYPE,
  parseMoney,
  parseQuantity,
  rational,
  ruleBroken,
} from '@lhasa/domain';
import { Ledger } from '../../domain/ledger.entity';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { StockLedger } from '../../domain/stock-ledger';
import { onHand } from '../../domain/stock-rules';
import { stockTakeMovementKind, stockTakeQuantity } from '../../domain/stock-take-decision';
import { StockTake } from '../../domain/stock-take.entity';
import { VerificationList } from '../../domain/verification-list.entity';
import { VerificationListLine } from '../../domain/verification-list-line.entity';
import { findAccessibleLedger, lineNotFound } from '../../shared/ledger-access';
import { StockTakeView, toStockTakeView } from '../../shared/stock-take.view';
import { submitVerificationList } from '../../shared/submit-verification-list';
import { TakeStockRequestDto } from './take-stock.request.dto';

/**
 * The operator counts a line (盘点). A count that agrees is recorded (AGREED) and moves nothing.
 * A difference is recorded PENDING and filed to customs as a verification list of its own
 * (INV101, purpose STOCK_TAKE, type 0, I for a gain / E for a loss), in the same transaction; a
 * loss holds its quantity at once (STOCKTAKE_HOLD), so it cannot be promised to a list meanwhile
 * and may not take available below zero (422 WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE). Customs'
 * answer moves it (domain/stock-take-decision.ts). One pending stock-take per line (409).
 */
@Injectable()
export class TakeStockService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stock: StockLedger,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
  ) {}

  async take(caller: Caller, emsNo: string, itemRecordNo: string, body: TakeStockRequestDto): Promise<StockTakeView> {
    return this.dataSource.transaction(async (m) => {
      const ledger = await findAccessibleLedger(m, caller, emsNo);
      // Locked before on-hand is read, so the difference is taken against the counters it moves;
      // the lock also orders two counts of one line (one pending at a time).
      const line = (await this.stock.lockLines(m, ledger.emsNo, [itemRecordNo])).get(itemRecordNo);
      if (!line) throw lineNotFound(emsNo, itemRecordNo);
      const pending = await m.getRepository(StockTake).findOneBy({ emsNo: ledger.emsNo, itemRecordNo, state: 'PENDING' });
      if (pending) {
        throw conflict('WAREHOUSE.STOCK_TAKE_PENDING', `Line ${itemRecordNo} has stock-take ${pending.id} waiting for customs; count it again once customs has answered`, 'itemRecordNo', {
          stockTakeId: pending.id,
        });
      }
      const before = parseQuantity(onHand(line));
      const difference = formatQuantity(parseQuantity(body.countedQty) - before);
      const kind = stockTakeMovementKind(difference);
      const id = randomUUID();
      const verificationListId = kind ? await this.file(m, ledger, line, kind, stockTakeQuantity(difference)) : null;
      await m.getRepository(StockTake).insert({
        id,
        emsNo: ledger.emsNo,
        itemRecordNo,
        countedQty: body.countedQty,
        onHandBefore: formatQuantity(before),
        difference,
        reason: body.reason,
        state: kind ? 'PENDING' : 'AGREED',
        verificationListId,
        operatorKeyId: caller.keyId,
        operatorCode: caller.enterpriseCode,
      });
      if (kind === 'STOCKTAKE_LOSS') {
        const held = await this.stock.move(m, ledger.emsNo, 'STOCKTAKE_HOLD', [{ itemRecordNo, qty: stockTakeQuantity(difference) }], { type: 'STOCK_TAKE', id });
        if (!held.ok) throw ruleBroken(held.refusal.code, held.refusal.message, 'countedQty');
      }
      return toStockTakeView(await m.getRepository(StockTake).findOneByOrFail({ id }));
    });
  }

  /** Files the difference as an INV101 of its own (purpose STOCK_TAKE) and answers its id. */
  private async file(m: EntityManager, ledger: Ledger, line: LedgerLine, kind: 'STOCKTAKE_GAIN' | 'STOCKTAKE_LOSS', qty: string): Promise<string> {
    const id = randomUUID();
    const { country, totalPrice } = await this.valueOf(m, ledger.emsNo, line.itemRecordNo, qty);
    await m.getRepository(VerificationList).insert({
      id,
      emsNo: ledger.emsNo,
      ownerCode: ledger.ownerCode,
      impexpMarkcd: kind === 'STOCKTAKE_GAIN' ? 'I' : 'E',
      purpose: 'STOCK_TAKE',
      origin: 'OPERATOR',
      bondInvtTypecd: ORDINARY_VERIFICATION_LIST_TYPE,
      currency: CNY_CEB_CODE,
      country: null,
      totalValue: totalPrice,
      status: 'SENT',
    });
    const lines = [
      m.getRepository(VerificationListLine).create({
        verificationListId: id,
        gnum: 1,
        itemRecordNo: line.itemRecordNo,
        gcode: line.gcode,
        gname: line.gname,
        unit: line.unit,
        qty,
        totalPrice,
        country,
      }),
    ];
    await m.getRepository(VerificationListLine).insert(lines);
    const list = await m.getRepository(VerificationList).findOneByOrFail({ id });
    await submitVerificationList(this.customs, this.outbox.bind(m), ledger, list, lines);
    return id;
  }

  /**
   * Origin and value of the difference, from the line's latest approved CNY entry list (its unit
   * value, exact, rounded half up to the fen); a line never entered that way: China, 0.00.
   */
  private async valueOf(m: EntityManager, emsNo: string, itemRecordNo: string, qty: string): Promise<{ country: string; totalPrice: string }> {
    const [entry]: { qty: string; total_price: string; country: string }[] = await m.query(
      `SELECT l.qty::text AS qty, l.total_price::text AS total_price, l.country
         FROM verification_list_lines l JOIN verification_lists v ON v.id = l.verification_list_id
        WHERE v.ems_no = $1 AND l.item_record_no = $2 AND v.purpose = 'BONDED_ENTRY' AND v.status = 'APPROVED' AND v.currency = $3
        ORDER BY v.approved_at DESC, l.gnum LIMIT 1`,
      [emsNo, itemRecordNo, CNY_CEB_CODE],
    );
    if (!entry || parseQuantity(entry.qty) === 0n) return { country: Countries.byIso('CHN')!.ceb, totalPrice: '0.00' };
    const share = rational(parseQuantity(qty), parseQuantity(entry.qty));
    return { country: entry.country, totalPrice: formatMoney(multiplyFen(parseMoney(entry.total_price), share)) };
  }
}
