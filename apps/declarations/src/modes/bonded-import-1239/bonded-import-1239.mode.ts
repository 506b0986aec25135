import { Injectable } from '@nestjs/common';
import type { ImportInventoryList } from '@lhasa/contracts';
import { drawsOnBondedStock, type FieldError } from '@lhasa/domain';
import { checkLedgerReferences } from '../bonded-stock.rules';
import type { ImportListMode } from '../list-mode';

/** 1239: the 1210 import flow for places outside the original pilot; same rules, other code. */
@Injectable()
export class BondedImport1239Mode implements ImportListMode {
  readonly tradeMode = '1239';
  readonly ieFlag = 'I' as const;
  readonly messageType = 'CEB621' as const;
  readonly orderType = 'I';
  readonly title = '保税跨境贸易电子商务A (bonded e-commerce import, 1239)';
  /** libs/domain's trade-mode table: whether the mode's goods in this direction are bonded stock (shared with customs). */
  readonly drawsOnBondedStock = drawsOnBondedStock(this.tradeMode, this.ieFlag);

  checkList(list: ImportInventoryList): FieldError[] {
    return checkLedgerReferences(list);
  }
}
