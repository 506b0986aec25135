import { Injectable } from '@nestjs/common';
import { ExportOrder } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { checkOrderGoodsArithmetic, throwFieldErrors } from '@lhasa/domain';
import { ModeRegistry } from '../../modes/mode-registry';
import { checkOrderTypeForList } from '../../modes/order-type.rules';
import { currencyErrors, duplicateGnumErrors, unitErrors } from '../../shared/code-tables';
import { findLiveList } from '../../shared/live-list';
import { orderFiling } from '../../shared/order-filing';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/**
 * Files a CEB303 export order in the orders table (one business key (ebcCode, orderNo) across
 * import and export) and hands it to customs in the same transaction. Its orderType must fit
 * its list's mode when the list is filed first (E for 9610/1210, B for 9710, W for 9810).
 */
@Injectable()
export class FileExportOrderService {
  constructor(
    private readonly filer: PartnerDocumentFiler,
    private readonly modes: ModeRegistry,
  ) {}

  async file(caller: Caller, order: ExportOrder): Promise<FilingOutcome<FiledDocument>> {
    assertFiler(caller, [
      { field: 'ebcCode', code: order.ebcCode },
      { field: 'ebpCode', code: order.ebpCode },
    ]);
    throwFieldErrors('invalid', [
      ...currencyErrors('currency', order.currency),
      ...duplicateGnumErrors(order.items, 'items'),
      ...order.items.flatMap((item, i) => unitErrors(`items.${i}.unit`, item.unit)),
    ]);
    throwFieldErrors('rule', checkOrderGoodsArithmetic(order));
    return this.filer.file(
      caller,
      order,
      orderFiling<'CEB303'>(order, {
        messageType: 'CEB303',
        parties: 'exportOrder',
        columns: { payCode: null, buyerIdNumber: null, discount: null, taxTotal: null, acturalPaid: null },
        check: async (m) => {
          const list = await findLiveList(m, order.ebcCode, order.orderNo);
          if (list) throwFieldErrors('rule', checkOrderTypeForList(this.modes.of(list), order.orderType));
        },
      }),
    );
  }
}
