import { Injectable } from '@nestjs/common';
import type { ExportInventoryList } from '@lhasa/contracts';
import { drawsOnBondedStock, EXPORT_ORDER_TYPE_BY_MODE, type FieldError, SUMMARY_DECLARATION_MODES } from '@lhasa/domain';
import { checkLedgerReferences } from '../bonded-stock.rules';
import { checkNoOverseasWarehouse } from '../export-list.rules';
import type { ExportListMode } from '../list-mode';

/**
 * 1210 special-area export (特殊区域出口): bonded goods of the zone warehouse leave for abroad. As
 * 1210 import's second half, the list names the e-ledger (emsNo), the zone enterprise operating
 * it (iacCode) and each line's ledger line, and waits for the warehouse to pre-reduce the stock.
 */
@Injectable()
export class BondedExport1210Mode implements ExportListMode {
  readonly tradeMode = '1210';
  readonly ieFlag = 'E' as const;
  readonly messageType = 'CEB603' as const;
  /** Its order's orderType and whether its released lists are summarised: libs/domain's export-mode facts, shared with customs. */
  readonly orderType = EXPORT_ORDER_TYPE_BY_MODE[this.tradeMode];
  readonly title = '保税跨境贸易电子商务 (bonded special-area e-commerce export)';
  /** libs/domain's trade-mode table: whether the mode's goods in this direction are bonded stock (shared with customs). */
  readonly drawsOnBondedStock = drawsOnBondedStock(this.tradeMode, this.ieFlag);
  readonly summarised = SUMMARY_DECLARATION_MODES.includes(this.tradeMode);

  checkList(list: ExportInventoryList): FieldError[] {
    return [...checkLedgerReferences(list, 'iacCode'), ...checkNoOverseasWarehouse(list)];
  }
}
