import { Injectable } from '@nestjs/common';
import type { ExportInventoryList } from '@lhasa/contracts';
import { drawsOnBondedStock, EXPORT_ORDER_TYPE_BY_MODE, type FieldError, SUMMARY_DECLARATION_MODES } from '@lhasa/domain';
import { checkNoLedger } from '../bonded-stock.rules';
import { checkListValueLimit, checkOverseasWarehouse } from '../export-list.rules';
import type { ExportListContext, ExportListMode } from '../list-mode';

/**
 * 9810: goods go in bulk to a registered overseas warehouse (海外仓) and are sold later; the list
 * names the warehouse (overseasWarehouseCode) and, on release, the goods join its stock. On a
 * list only up to 5000 元.
 */
@Injectable()
export class OverseasWarehouseExport9810Mode implements ExportListMode {
  readonly tradeMode = '9810';
  readonly ieFlag = 'E' as const;
  readonly messageType = 'CEB603' as const;
  /** Its order's orderType and whether its released lists are summarised: libs/domain's export-mode facts, shared with customs. */
  readonly orderType = EXPORT_ORDER_TYPE_BY_MODE[this.tradeMode];
  readonly title = '跨境电商出口海外仓 (export to an overseas warehouse)';
  /** libs/domain's trade-mode table: whether the mode's goods in this direction are bonded stock (shared with customs). */
  readonly drawsOnBondedStock = drawsOnBondedStock(this.tradeMode, this.ieFlag);
  readonly summarised = SUMMARY_DECLARATION_MODES.includes(this.tradeMode);

  checkList(list: ExportInventoryList, context: ExportListContext): FieldError[] {
    return [...checkNoLedger(list), ...checkOverseasWarehouse(list, context), ...checkListValueLimit(list, context)];
  }
}
