import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ImportInventoryList } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { CNY_CEB_CODE, FieldError, fieldErrors, normaliseIdNumber, ruleBroken, throwFieldErrors } from '@lhasa/domain';
import { declarationsConfig, DeclarationsConfig, taxRatesFor } from '../../config/declarations.config';
import { computeListTax, ListTax } from '../../domain/list-tax';
import { itemCountOf, transactionValueOf } from '../../domain/list-values';
import { checkOrderTaxTotal } from '../../domain/order-tax';
import { OrderEntity } from '../../domain/order.entity';
import { ModeRegistry } from '../../modes/mode-registry';
import { listCodeErrors } from '../../shared/code-tables';
import { FiledList, InventoryListFiler, ListAssessment } from '../../shared/inventory-list-filing';
import { FilingOutcome } from '../../shared/partner-document-filing';
import { assertFiler } from '../../shared/parties';
import { buyerLockKey, checkBuyerLimits } from './consumer-limits';

export type { FiledList };

/**
 * Files a CEB621 import list: mode rules, then the one list filing procedure
 * (`InventoryListFiler`: uniqueness, the agent's authorisation, the order's slot and type) with
 * the import's own rules under the buyer's lock: consumer limits, tax, and the order's taxTotal.
 * The order, payment and waybill need not be filed first: customs waits for the partners and
 * matches them.
 */
@Injectable()
export class FileInventoryListService {
  constructor(
    private readonly lists: InventoryListFiler,
    private readonly modes: ModeRegistry,
    @Inject(declarationsConfig.KEY) private readonly config: DeclarationsConfig,
  ) {}

  async file(caller: Caller, input: ImportInventoryList): Promise<FilingOutcome<FiledList>> {
    assertFiler(caller, [
      { field: 'agentCode', code: input.agentCode },
      { field: 'ebcCode', code: input.ebcCode },
    ]);
    throwFieldErrors('invalid', listCodeErrors(input));
    const resolved = this.modes.resolve(input.tradeMode, input.ieFlag);
    if ('error' in resolved) throw fieldErrors('rule', [resolved.error]);
    const { mode } = resolved;
    throwFieldErrors('rule', [...mode.checkList(input), ...importRules(input)]);
    return this.lists.file(caller, {
      mode,
      input,
      columns: { currency: input.currency, areaCode: input.areaCode ?? null, overseasWarehouseCode: null, buyerIdNumber: normaliseIdNumber(input.buyerIdNumber) },
      lockKey: buyerLockKey(input.buyerIdNumber),
      assess: (m, order) => this.assess(m, input, order),
    });
  }

  /** Rule 3 and 4: the buyer's limits (under the buyer's lock), the tax, and the order's taxTotal. */
  private async assess(m: EntityManager, input: ImportInventoryList, order: OrderEntity | null): Promise<ListAssessment> {
    const transactionValue = transactionValueOf(input);
    const limits = await checkBuyerLimits(m, this.config, { buyerIdNumber: input.buyerIdNumber, transactionValue, itemCount: itemCountOf(input.lines) });
    throwFieldErrors('rule', limits.errors);
    const fullTax = 'fullTax' in limits && limits.fullTax;
    const tax = computeListTax({ lines: input.lines, freight: input.freight, insuredFee: input.insuredFee, fullTax }, taxRatesFor(this.config.tax));
    if (order) assertOrderTaxTotal(order, tax);
    return { transactionValue, vat: tax.vat, consumptionTax: tax.consumptionTax, totalTax: tax.totalTax, fullTax };
  }
}

/** The order's taxTotal must be the tax assessed on its list, when the order is filed already. */
function assertOrderTaxTotal(order: OrderEntity, tax: ListTax): void {
  const [broken] = checkOrderTaxTotal(order.taxTotal ?? '0.00', tax.totalTax, 'list');
  if (broken) throw ruleBroken(broken.code, broken.message, broken.field, { expectedTaxTotal: tax.totalTax, orderTaxTotal: order.taxTotal });
}

/** Every import CEB document is in CNY (domain.md §3). */
function importRules(list: ImportInventoryList): FieldError[] {
  return list.currency === CNY_CEB_CODE
    ? []
    : [{ code: 'LIST.CURRENCY_NOT_CNY', field: 'currency', message: `currency must be ${CNY_CEB_CODE} (CNY) on an import list, got ${list.currency}` }];
}
