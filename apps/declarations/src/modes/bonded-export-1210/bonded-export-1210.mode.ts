import { Injectable } from '@nestjs/common';
import type { ExportInventoryList } from '@lhasa/contracts';
import type { FieldError } from '@lhasa/domain';
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
  readonly orderType = 'E' as const;
  readonly title = '保税跨境贸易电子商务 (bonded special-area e-commerce export)';
  readonly drawsOnBondedStock = true;
  readonly summarised = false;

  checkList(list: ExportInventoryList): FieldError[] {
    return [...checkLedgerReferences(list, 'iacCode'), ...checkNoOverseasWarehouse(list)];
  }
}
