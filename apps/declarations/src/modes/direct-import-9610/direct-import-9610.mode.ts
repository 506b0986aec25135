import { Injectable } from '@nestjs/common';
import type { ImportInventoryList } from '@lhasa/contracts';
import { drawsOnBondedStock, type FieldError } from '@lhasa/domain';
import { checkNoLedger } from '../bonded-stock.rules';
import type { ImportListMode } from '../list-mode';

/** 9610 import: a parcel mailed straight to the consumer; no bonded stock, no e-ledger. */
@Injectable()
export class DirectImport9610Mode implements ImportListMode {
  readonly tradeMode = '9610';
  readonly ieFlag = 'I' as const;
  readonly messageType = 'CEB621' as const;
  readonly orderType = 'I';
  readonly title = '跨境贸易电子商务 (direct-mail e-commerce import)';
  /** libs/domain's trade-mode table: whether the mode's goods in this direction are bonded stock (shared with customs). */
  readonly drawsOnBondedStock = drawsOnBondedStock(this.tradeMode, this.ieFlag);

  checkList(list: ImportInventoryList): FieldError[] {
    return checkNoLedger(list);
  }
}
