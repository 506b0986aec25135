import { Injectable } from '@nestjs/common';
import type { ExportInventoryList } from '@lhasa/contracts';
import { drawsOnBondedStock, EXPORT_ORDER_TYPE_BY_MODE, type FieldError, SUMMARY_DECLARATION_MODES } from '@lhasa/domain';
import { checkNoLedger } from '../bonded-stock.rules';
import { checkListValueLimit, checkNoOverseasWarehouse } from '../export-list.rules';
import type { ExportListContext, ExportListMode } from '../list-mode';

/** 9710: B2B direct export, a domestic company selling to a foreign one; on a list only up to 5000 元. */
@Injectable()
export class B2bExport9710Mode implements ExportListMode {
  readonly tradeMode = '9710';
  readonly ieFlag = 'E' as const;
  readonly messageType = 'CEB603' as const;
  /** Its order's orderType and whether its released lists are summarised: libs/domain's export-mode facts, shared with customs. */
  readonly orderType = EXPORT_ORDER_TYPE_BY_MODE[this.tradeMode];
  readonly title = '跨境电商B2B直接出口 (B2B direct export)';
  /** libs/domain's trade-mode table: whether the mode's goods in this direction are bonded stock (shared with customs). */
  readonly drawsOnBondedStock = drawsOnBondedStock(this.tradeMode, this.ieFlag);
  readonly summarised = SUMMARY_DECLARATION_MODES.includes(this.tradeMode);

  checkList(list: ExportInventoryList, context: ExportListContext): FieldError[] {
    return [...checkNoLedger(list), ...checkNoOverseasWarehouse(list), ...checkListValueLimit(list, context)];
  }
}
