import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ExportInventoryList } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { FieldError, fieldErrors, throwFieldErrors, toCnyMoney } from '@lhasa/domain';
import { declarationsConfig, DeclarationsConfig } from '../../config/declarations.config';
import { goodsValueOf } from '../../domain/list-values';
import { OverseasWarehouseEntity } from '../../domain/overseas-warehouse.entity';
import { ExportListContext, ExportListMode } from '../../modes/list-mode';
import { ModeRegistry } from '../../modes/mode-registry';
import { currencyErrors, listCodeErrors } from '../../shared/code-tables';
import { FiledList, InventoryListFiler, ListAssessment, UNTAXED } from '../../shared/inventory-list-filing';
import { FilingOutcome } from '../../shared/partner-document-filing';
import { assertFiler } from '../../shared/parties';

/**
 * Files a CEB603 export list through the one list filing procedure (`InventoryListFiler`: copNo per
 * agent, the agent's authorisation, one live list per order, the order's orderType), with its
 * mode's rules under the order's lock: the value limit in CNY (the configured exchange rates),
 * the overseas warehouse in this service's copy of the registry. A list of a mode drawing on
 * bonded stock (1210) waits for the warehouse; the others go to customs at once.
 */
@Injectable()
export class FileExportInventoryListService {
  constructor(
    private readonly lists: InventoryListFiler,
    private readonly modes: ModeRegistry,
    @Inject(declarationsConfig.KEY) private readonly config: DeclarationsConfig,
  ) {}

  async file(caller: Caller, input: ExportInventoryList): Promise<FilingOutcome<FiledList>> {
    assertFiler(caller, [
      { field: 'agentCode', code: input.agentCode },
      { field: 'ebcCode', code: input.ebcCode },
    ]);
    throwFieldErrors('invalid', [
      ...listCodeErrors(input),
      ...currencyErrors('fCurrency', input.fCurrency),
      ...currencyErrors('iCurrency', input.iCurrency),
      ...input.lines.flatMap((line, i) => currencyErrors(`lines.${i}.currency`, line.currency)),
    ]);
    const resolved = this.modes.resolve(input.tradeMode, input.ieFlag);
    if ('error' in resolved) throw fieldErrors('rule', [resolved.error]);
    const { mode } = resolved;
    throwFieldErrors('rule', oneCurrency(input));
    return this.lists.file(caller, {
      mode,
      input,
      columns: {
        currency: input.lines[0].currency,
        areaCode: input.iacCode ?? null,
        overseasWarehouseCode: input.overseasWarehouseCode ?? null,
        buyerIdNumber: null,
      },
      assess: (m) => this.assess(m, input, mode),
    });
  }

  private async assess(m: EntityManager, input: ExportInventoryList, mode: ExportListMode): Promise<ListAssessment> {
    const goodsValue = goodsValueOf(input.lines);
    const context: ExportListContext = {
      valueInCny: () => {
        const currency = input.lines[0].currency;
        const value = toCnyMoney(goodsValue, currency, this.config.exchangeRates);
        if (value !== undefined) return { value };
        return {
          error: {
            code: 'LIST.NO_EXCHANGE_RATE',
            field: 'lines.0.currency',
            message: `no CNY exchange rate for currency ${currency} is configured (DECLARATIONS_EXCHANGE_RATES): the list's value in CNY cannot be known`,
          },
        };
      },
      overseasWarehouse: input.overseasWarehouseCode ? await registered(m, input.overseasWarehouseCode) : undefined,
    };
    throwFieldErrors('rule', mode.checkList(input, context));
    return UNTAXED(goodsValue);
  }
}

/** The registry copy's entry, read FOR SHARE: a withdrawal being recorded is ordered with this filing. */
async function registered(m: EntityManager, code: string): Promise<{ code: string; active: boolean } | undefined> {
  const row = await m.getRepository(OverseasWarehouseEntity).findOne({ where: { code }, lock: { mode: 'pessimistic_read' } });
  return row ? { code: row.code, active: row.active } : undefined;
}

/** An export list may be in any currency, but in one: its lines' (the list's value is their sum). */
function oneCurrency(list: ExportInventoryList): FieldError[] {
  const currency = list.lines[0].currency;
  return list.lines.flatMap((line, i) =>
    line.currency === currency
      ? []
      : [{ code: 'LIST.MIXED_CURRENCIES', field: `lines.${i}.currency`, message: `line ${line.gnum} is in ${line.currency}, line ${list.lines[0].gnum} in ${currency}: a list's lines share one currency` }],
  );
}
