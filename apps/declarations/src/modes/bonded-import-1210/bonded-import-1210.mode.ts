import { Injectable } from '@nestjs/common';
import type { ImportInventoryList } from '@lhasa/contracts';
import { drawsOnBondedStock, type FieldError } from '@lhasa/domain';
import type { ImportListMode } from '../list-mode';
import { checkLedgerReferences } from '../bonded-stock.rules';

/** 1210 import: bonded stock in the zone leaves one consumer order at a time (二线出区). */
@Injectable()
export class BondedImport1210Mode implements ImportListMode {
  readonly tradeMode = '1210';
  readonly ieFlag = 'I' as const;
  readonly messageType = 'CEB621' as const;
  readonly orderType = 'I';
  readonly title = '保税跨境贸易电子商务 (bonded e-commerce import)';
  /** libs/domain's trade-mode table: whether the mode's goods in this direction are bonded stock (shared with customs). */
  readonly drawsOnBondedStock = drawsOnBondedStock(this.tradeMode, this.ieFlag);

  checkList(list: ImportInventoryList): FieldError[] {
    return checkLedgerReferences(list);
  }
}
