import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not, In } from 'typeorm';
import { BusinessKeys, ImportInventoryList, plainOf } from '@lhasa/contracts';
import { CustomsPort } from '@lhasa/customs-port';
import { Caller } from '@lhasa/auth';
import { CNY_CEB_CODE, conflict, FieldError, fieldErrors, normaliseIdNumber, ruleBroken, throwFieldErrors } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { declarationsConfig, DeclarationsConfig, taxRatesFor } from '../../config/declarations.config';
import { DEAD_LIST_STATUSES, ListStatus } from '../../domain/document-status';
import { InventoryListEntity, InventoryListLineEntity } from '../../domain/inventory-list.entity';
import { publishDeclared, submitListToCustoms } from '../../domain/list-events';
import { computeListTax, ListTax } from '../../domain/list-tax';
import { goodsValueOf, itemCountOf, transactionValueOf } from '../../domain/list-values';
import { ImportListMode } from '../../modes/import-list-mode';
import { ModeRegistry } from '../../modes/mode-registry';
import { OrderEntity } from '../../domain/order.entity';
import { checkOrderTaxTotal, orderLockKey } from '../../domain/order-tax';
import { differingFields } from '../../shared/document-difference';
import { FilingOutcome } from '../../shared/partner-document-filing';
import { countryErrors, duplicateGnumErrors, hsCodeErrors, unitErrors } from '../../shared/code-tables';
import { assertFiler, isPartyOf } from '../../shared/parties';
import { violatedConstraint } from '../../shared/unique-violation';
import { assertAgentAuthorised } from './agent-authorisation';
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
 * for the warehouse (bonded modes) or goes to customs at once. An agent filing for another
 * company needs that company's authorisation (`assertAgentAuthorised`), in every mode. The order, payment and waybill
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

  async file(caller: Caller, input: ImportInventoryList): Promise<FilingOutcome<FiledList>> {
    assertFiler(caller, [
      { field: 'agentCode', code: input.agentCode },
      { field: 'ebcCode', code: input.ebcCode },
    ]);
    throwFieldErrors('invalid', codeErrors(input));
    const resolved = this.modes.resolve(input.tradeMode, input.ieFlag);
    if ('error' in resolved) throw fieldErrors('rule', [resolved.error]);
    const { mode } = resolved;
    throwFieldErrors('rule', [...mode.checkList(input), ...importRules(input)]);
    try {
      return await this.attempt(caller, input, mode);
    } catch (error) {
      if (!isUniqueRace(error)) throw translateViolation(error, input);
    }
    // A concurrent filing took the copNo or the order's slot first and has committed: decide again.
    try {
      return await this.attempt(caller, input, mode);
    } catch (error) {
      throw translateViolation(error, input);
    }
  }

  private async attempt(caller: Caller, input: ImportInventoryList, mode: ImportListMode): Promise<FilingOutcome<FiledList>> {
    const transactionValue = transactionValueOf(input);
    const id = randomUUID();
    const businessKey = BusinessKeys.inventoryList(input);
    const document = plainOf(input);
    const status = mode.drawsOnBondedStock ? ListStatus.AwaitingStock : ListStatus.Declared;

    return this.dataSource.transaction(async (m) => {
      // The order's lock first (its filing takes it too), then the buyer's: one order everywhere.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [orderLockKey(input.ebcCode, input.orderNo)]);
      await lockBuyer(m, input.buyerIdNumber);
      const filed = await this.alreadyFiled(m, caller, input, document);
      // A retry of the agent's own filing answers as before; anything new needs the authorisation
      // now, checked before any rule that would tell a stranger about the company's orders or buyers.
      if (filed) return { created: false, filed };
      await assertAgentAuthorised(m, caller, input);
      await this.assertNoLiveList(m, input);
      const limits = await checkBuyerLimits(m, this.config, {
        buyerIdNumber: input.buyerIdNumber,
        transactionValue,
        itemCount: itemCountOf(input.lines),
      });
      throwFieldErrors('rule', limits.errors);
      const fullTax = 'fullTax' in limits && limits.fullTax;
      const tax = computeListTax({ lines: input.lines, freight: input.freight, insuredFee: input.insuredFee, fullTax }, taxRatesFor(this.config.tax));
      await assertOrderTaxTotal(m, input, tax);

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
        buyerIdNumber: normaliseIdNumber(input.buyerIdNumber),
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
      return {
        created: true,
        filed: { id, status, copNo: input.copNo, orderNo: input.orderNo, tradeMode: input.tradeMode, businessKey, transactionValue, tax },
      };
    });
  }

  /**
   * The list filed already under this copNo: the same canonical body is the same filing (its
   * answer again), another body a 409 naming the fields that differ (to the list's parties).
   */
  private async alreadyFiled(m: EntityManager, caller: Caller, input: ImportInventoryList, document: Record<string, unknown>): Promise<FiledList | undefined> {
    const row = await m.getRepository(InventoryListEntity).findOneBy({ agentCode: input.agentCode, copNo: input.copNo });
    if (!row) return undefined;
    const differing = differingFields(row.document, document);
    if (!differing.length) return filedListOf(row);
    if (!isPartyOf(caller, 'inventoryList', row)) throw duplicateCopNo(input);
    const e = duplicateCopNo(input);
    throw conflict(e.code, `${e.message} by a list with other values: ${differing.join(', ')}`, e.field, {
      differingFields: differing,
      id: row.id,
      status: row.status,
      businessKey: row.businessKey,
    });
  }

  private async assertNoLiveList(m: EntityManager, input: ImportInventoryList): Promise<void> {
    const repo = m.getRepository(InventoryListEntity);
    const live = await repo.existsBy({ ebcCode: input.ebcCode, orderNo: input.orderNo, status: Not(In([...DEAD_LIST_STATUSES])) });
    if (live) throw liveListExists(input);
  }
}

/** The order's taxTotal must be the tax assessed on its list, when the order is filed already. */
async function assertOrderTaxTotal(m: EntityManager, input: ImportInventoryList, tax: ListTax): Promise<void> {
  const order = await m.getRepository(OrderEntity).findOneBy({ businessKey: BusinessKeys.order(input) });
  if (!order) return;
  const [broken] = checkOrderTaxTotal(order.taxTotal, tax.totalTax, 'list');
  if (broken) throw ruleBroken(broken.code, broken.message, broken.field, { expectedTaxTotal: tax.totalTax, orderTaxTotal: order.taxTotal });
}

/** The 201 answer, rebuilt from a filed list. */
function filedListOf(l: InventoryListEntity): FiledList {
  return {
    id: l.id,
    status: l.status,
    copNo: l.copNo,
    orderNo: l.orderNo,
    tradeMode: l.tradeMode,
    businessKey: l.businessKey,
    transactionValue: l.transactionValue,
    tax: {
      dutiableValue: l.transactionValue,
      customsDuty: '0.00',
      vat: l.vat,
      consumptionTax: l.consumptionTax,
      totalTax: l.totalTax,
      fullTax: l.fullTax,
    },
  };
}

const LIST_CONSTRAINTS = ['inventory_lists_cop_no_per_agent', 'inventory_lists_business_key', 'inventory_lists_live_per_order'];
const isUniqueRace = (error: unknown) => LIST_CONSTRAINTS.includes(violatedConstraint(error) ?? '');

function translateViolation(error: unknown, input: ImportInventoryList): unknown {
  const constraint = violatedConstraint(error);
  if (constraint === 'inventory_lists_cop_no_per_agent' || constraint === 'inventory_lists_business_key') return duplicateCopNo(input);
  if (constraint === 'inventory_lists_live_per_order') return liveListExists(input);
  return error;
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
