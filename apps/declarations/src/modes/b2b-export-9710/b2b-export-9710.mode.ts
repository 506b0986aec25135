import { Injectable } from '@nestjs/common';
import type { ExportInventoryList } from '@lhasa/contracts';
import type { FieldError } from '@lhasa/domain';
import { checkNoLedger } from '../bonded-stock.rules';
import { checkListValueLimit, checkNoOverseasWarehouse } from '../export-list.rules';
import type { ExportListContext, ExportListMode } from '../list-mode';

/** 9710: B2B direct export, a domestic company selling to a foreign one; on a list only up to 5000 元. */
@Injectable()
export class B2bExport9710Mode implements ExportListMode {
  readonly tradeMode = '9710';
  readonly ieFlag = 'E' as const;
  readonly messageType = 'CEB603' as const;
  readonly orderType = 'B' as const;
  readonly title = '跨境电商B2B直接出口 (B2B direct export)';
  readonly drawsOnBondedStock = false;
  readonly summarised = false;

  checkList(list: ExportInventoryList, context: ExportListContext): FieldError[] {
    return [...checkNoLedger(list), ...checkNoOverseasWarehouse(list), ...checkListValueLimit(list, context)];
  }
}
