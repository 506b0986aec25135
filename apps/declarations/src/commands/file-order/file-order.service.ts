import { Injectable } from '@nestjs/common';
import { ImportOrder } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { checkOrderArithmetic, ruleBroken, throwFieldErrors } from '@lhasa/domain';
import { checkOrderTaxTotal } from '../../domain/order-tax';
import { ModeRegistry } from '../../modes/mode-registry';
import { checkOrderTypeForList } from '../../modes/order-type.rules';
import { countryErrors, duplicateGnumErrors, unitErrors } from '../../shared/code-tables';
import { findLiveList } from '../../shared/live-list';
import { orderFiling } from '../../shared/order-filing';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/** Files a CEB311 import order and hands it to customs in the same transaction. */
@Injectable()
export class FileOrderService {
  constructor(
    private readonly filer: PartnerDocumentFiler,
    private readonly modes: ModeRegistry,
  ) {}

  async file(caller: Caller, order: ImportOrder): Promise<FilingOutcome<FiledDocument>> {
    assertFiler(caller, [
      { field: 'ebcCode', code: order.ebcCode },
      { field: 'ebpCode', code: order.ebpCode },
    ]);
    throwFieldErrors('invalid', [
      ...duplicateGnumErrors(order.items, 'items'),
      ...order.items.flatMap((item, i) => [...countryErrors(`items.${i}.country`, item.country), ...unitErrors(`items.${i}.unit`, item.unit)]),
    ]);
    throwFieldErrors('rule', checkOrderArithmetic(order));
    return this.filer.file(
      caller,
      order,
      orderFiling<'CEB311'>(order, {
        messageType: 'CEB311',
        parties: 'order',
        columns: {
          payCode: order.payCode ?? null,
          buyerIdNumber: order.buyerIdNumber,
          discount: order.discount,
          taxTotal: order.taxTotal,
          acturalPaid: order.acturalPaid,
        },
        // An order that arrives after its list must fit it: an import list's orderType, and the tax assessed on it.
        check: async (m) => {
          const list = await findLiveList(m, order.ebcCode, order.orderNo);
          if (!list) return;
          throwFieldErrors('rule', checkOrderTypeForList(this.modes.of(list), order.orderType));
          const [broken] = checkOrderTaxTotal(order.taxTotal, list.totalTax, 'order');
          if (broken) throw ruleBroken(broken.code, broken.message, broken.field, { expectedTaxTotal: list.totalTax });
        },
      }),
    );
  }
}

