import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not, In } from 'typeorm';
import { BusinessKeys, ImportInventoryList, plainOf } from '@lhasa/contracts';
import { CustomsPort } from '@lhasa/customs-port';
import { Caller } from '@lhasa/auth';
import { CNY_CEB_CODE, conflict, FieldError, fieldErrors, throwFieldErrors } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { declarationsConfig, DeclarationsConfig, rateForHsCode } from '../../config/declarations.config';
import { DEAD_LIST_STATUSES, ListStatus } from '../../domain/document-status';
import { InventoryListEntity, InventoryListLineEntity } from '../../domain/inventory-list.entity';
import { publishDeclared, submitListToCustoms } from '../../domain/list-events';
import { computeListTax, ListTax } from '../../domain/list-tax';
import { goodsValueOf, itemCountOf, transactionValueOf } from '../../domain/list-values';
import { ModeRegistry } from '../../modes/mode-registry';
import { countryErrors, duplicateGnumErrors, hsCodeErrors, unitErrors } from '../../shared/code-tables';
import { assertFiler } from '../../shared/parties';
import { violatedConstraint } from '../../shared/unique-violation';
import { checkBuyerLimits, lockBuyer } from './consumer-limits';

export interface FiledList {
  id: string;
  status: ListStatus;
  copNo: string;
  orderNo: string;
  tradeMode: string;
  businessKey: string;
  transactionValue: string;
  tax: ListTax;
}

/**
 * Files a CEB621 import list: mode rules, uniqueness, consumer limits and tax, then either waits
 * for the warehouse (bonded modes) or goes to customs at once. The order, payment and waybill
 * need not be filed first: customs waits for the partners and matches them.
 */
@Injectable()
export class FileInventoryListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly modes: ModeRegistry,
    private readonly customs: CustomsPort,
    @Inject(declarationsConfig.KEY) private readonly config: DeclarationsConfig,
  ) {}

  async file(caller: Caller, input: ImportInventoryList): Promise<FiledList> {
    assertFiler(caller, [
      { field: 'agentCode', code: input.agentCode },
      { field: 'ebcCode', code: input.ebcCode },
    ]);
    throwFieldErrors('invalid', codeErrors(input));
    const resolved = this.modes.resolve(input.tradeMode, input.ieFlag);
    if ('error' in resolved) throw fieldErrors('rule', [resolved.error]);
    const { mode } = resolved;
    throwFieldErrors('rule', [...mode.checkList(input), ...importRules(input)]);

    const transactionValue = transactionValueOf(input);
    const id = randomUUID();
    const businessKey = BusinessKeys.inventoryList(input);
    const document = plainOf(input);
    let tax: ListTax | undefined;
    const status = mode.drawsOnBondedStock ? ListStatus.AwaitingStock : ListStatus.Declared;

    try {
      await this.dataSource.transaction(async (m) => {
        await lockBuyer(m, input.buyerIdNumber);
        await this.assertUnique(m, input);
        const limits = await checkBuyerLimits(m, this.config, {
          buyerIdNumber: input.buyerIdNumber,
          transactionValue,
          itemCount: itemCountOf(input.lines),
        });
        throwFieldErrors('rule', limits.errors);
        const fullTax = 'fullTax' in limits && limits.fullTax;
        tax = computeListTax({ lines: input.lines, freight: input.freight, insuredFee: input.insuredFee, fullTax }, (gcode) => ({
          vatRate: rateForHsCode(this.config.tax.vatRates, gcode, this.config.tax.vatRate),
          consumptionTaxRate: rateForHsCode(this.config.tax.consumptionTaxRates, gcode, '0'),
        }));

        const list = m.getRepository(InventoryListEntity).create({
          id,
          copNo: input.copNo,
          agentCode: input.agentCode,
          orderNo: input.orderNo,
          ebpCode: input.ebpCode,
          ebcCode: input.ebcCode,
          logisticsCode: input.logisticsCode,
          logisticsNo: input.logisticsNo,
          businessKey,
          tradeMode: input.tradeMode,
          ieFlag: input.ieFlag,
          emsNo: input.emsNo ?? null,
          buyerIdNumber: input.buyerIdNumber,
          country: input.country,
          currency: input.currency,
          goodsValue: goodsValueOf(input.lines),
          freight: input.freight,
          insuredFee: input.insuredFee,
          transactionValue,
          vat: tax.vat,
          consumptionTax: tax.consumptionTax,
          totalTax: tax.totalTax,
          fullTax,
          status,
          declaredAt: status === ListStatus.Declared ? new Date() : null,
          releasePublished: false,
          document,
          filedBy: caller.keyId,
        });
        await m.getRepository(InventoryListEntity).insert(list);
        const lines = input.lines.map((l) =>
          m.getRepository(InventoryListLineEntity).create({
            listId: id,
            gnum: l.gnum,
            itemRecordNo: l.itemRecordNo ?? null,
            gcode: l.gcode,
            gname: l.gname,
            qty: l.qty,
            unit: l.unit,
            qty1: l.qty1,
            unit1: l.unit1,
            price: l.price,
            totalPrice: l.totalPrice,
            country: l.country,
          }),
        );
        await m.getRepository(InventoryListLineEntity).insert(lines);

        const publish = this.outbox.bind(m);
        if (mode.drawsOnBondedStock) await publishDeclared(publish, { list, lines });
        else await submitListToCustoms(this.customs, publish, list);
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'inventory_lists_cop_no_per_agent' || constraint === 'inventory_lists_business_key') throw duplicateCopNo(input);
      if (constraint === 'inventory_lists_live_per_order') throw liveListExists(input);
      throw error;
    }
    return {
      id,
      status,
      copNo: input.copNo,
      orderNo: input.orderNo,
      tradeMode: input.tradeMode,
      businessKey,
      transactionValue,
      tax: tax as ListTax,
    };
  }

  /** Friendly answers first; the unique constraints still decide a race. */
  private async assertUnique(m: EntityManager, input: ImportInventoryList): Promise<void> {
    const repo = m.getRepository(InventoryListEntity);
    if (await repo.existsBy({ agentCode: input.agentCode, copNo: input.copNo })) throw duplicateCopNo(input);
    const live = await repo.existsBy({ ebcCode: input.ebcCode, orderNo: input.orderNo, status: Not(In([...DEAD_LIST_STATUSES])) });
    if (live) throw liveListExists(input);
  }
}

function duplicateCopNo(input: ImportInventoryList) {
  return conflict('LIST.DUPLICATE_COP_NO', `copNo ${input.copNo} of agent ${input.agentCode} is already used`, 'copNo');
}

function liveListExists(input: ImportInventoryList) {
  return conflict(
    'LIST.LIVE_LIST_EXISTS',
    `order ${input.orderNo} of e-commerce company ${input.ebcCode} already has a list that is not rejected or cancelled`,
    'orderNo',
  );
}

/** Codes must exist in the one code table (rule 8); lines need distinct gnum. */
function codeErrors(list: ImportInventoryList): FieldError[] {
  return [
    ...countryErrors('country', list.country),
    ...duplicateGnumErrors(list.lines, 'lines'),
    ...list.lines.flatMap((line, i) => [
      ...hsCodeErrors(`lines.${i}.gcode`, line.gcode),
      ...countryErrors(`lines.${i}.country`, line.country),
      ...unitErrors(`lines.${i}.unit`, line.unit),
      ...unitErrors(`lines.${i}.unit1`, line.unit1),
    ]),
  ];
}

/** Every import CEB document is in CNY (domain.md §3). */
function importRules(list: ImportInventoryList): FieldError[] {
  return list.currency === CNY_CEB_CODE
    ? []
    : [{ code: 'LIST.CURRENCY_NOT_CNY', field: 'currency', message: `currency must be ${CNY_CEB_CODE} (CNY) on an import list, got ${list.currency}` }];
}
