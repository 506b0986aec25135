import { Injectable } from '@nestjs/common';
import type { ExportInventoryList } from '@lhasa/contracts';
import { drawsOnBondedStock, EXPORT_ORDER_TYPE_BY_MODE, type FieldError, SUMMARY_DECLARATION_MODES } from '@lhasa/domain';
import { checkNoLedger } from '../bonded-stock.rules';
import { checkNoOverseasWarehouse } from '../export-list.rules';
import type { ExportListMode } from '../list-mode';

/** 9610 export: B2C parcels on inventory lists, released lists summarised monthly (CEB701). */
@Injectable()
export class DirectExport9610Mode implements ExportListMode {
  readonly tradeMode = '9610';
  readonly ieFlag = 'E' as const;
  readonly messageType = 'CEB603' as const;
  /** Its order's orderType and whether its released lists are summarised: libs/domain's export-mode facts, shared with customs. */
  readonly orderType = EXPORT_ORDER_TYPE_BY_MODE[this.tradeMode];
  readonly title = '跨境贸易电子商务 (B2C e-commerce export)';
  /** libs/domain's trade-mode table: whether the mode's goods in this direction are bonded stock (shared with customs). */
  readonly drawsOnBondedStock = drawsOnBondedStock(this.tradeMode, this.ieFlag);
  readonly summarised = SUMMARY_DECLARATION_MODES.includes(this.tradeMode);

  checkList(list: ExportInventoryList): FieldError[] {
    return [...checkNoLedger(list), ...checkNoOverseasWarehouse(list)];
  }
}
