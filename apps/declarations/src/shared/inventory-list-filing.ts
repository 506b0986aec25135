import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BusinessKeys, ExportInventoryList, ImportInventoryList, plainOf } from '@lhasa/contracts';
import { CustomsPort } from '@lhasa/customs-port';
import { Caller } from '@lhasa/auth';
import { conflict, throwFieldErrors } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { agentNotAuthorised, authorisationSql, needsAuthorisation } from './agent-authorisation';
import { ListStatus } from '../domain/document-status';
import { InventoryListEntity, InventoryListLineEntity } from '../domain/inventory-list.entity';
import { publishDeclared, submitListToCustoms } from '../domain/list-events';
import { ListTax } from '../domain/list-tax';
import { goodsValueOf } from '../domain/list-values';
import { orderLockKey } from '../domain/order-tax';
import { OrderEntity } from '../domain/order.entity';
import { ListMode } from '../modes/list-mode';
import { checkListOrderType } from '../modes/order-type.rules';
import { differingFields } from './document-difference';
import { FilingOutcome } from './partner-document-filing';
import { isLiveSql } from './live-list';
import { isPartyOf } from './parties';
import { eventsWithRows, findByKeys, insertStatement } from './entity-sql';
import { violatedConstraint } from './unique-violation';

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

type ListDocument = ImportInventoryList | ExportInventoryList;

/** What one direction decides of the row: the columns only it knows. */
export type ListColumns = Pick<InventoryListEntity, 'currency' | 'areaCode' | 'overseasWarehouseCode' | 'buyerIdNumber'>;

/** What a direction's rules that need the database decide: the values and tax of the list. */
export type ListAssessment = Pick<InventoryListEntity, 'transactionValue' | 'vat' | 'consumptionTax' | 'totalTax' | 'fullTax'>;

export interface ListFiling<D extends ListDocument> {
  mode: ListMode;
  input: D;
  columns: ListColumns;
  /**
   * The advisory lock of this direction (the buyer's on import), taken after the order's, in the
   * statement that looks the copNo up: a list of the same order cannot commit meanwhile (it needs
   * the order's lock, already held), and one of another order is decided by the copNo constraint.
   */
  lockKey?: string;
  /**
   * Rules that need the database, run under the locks once the list is new, its filer authorised,
   * the order's slot free and the filed order (if any) of the mode's orderType.
   */
  assess: (manager: EntityManager, order: OrderEntity | null) => Promise<ListAssessment>;
}

/** An export list carries no tax; its transaction value is its goods value in its own currency. */
export const UNTAXED = (goodsValue: string): ListAssessment => ({ transactionValue: goodsValue, vat: '0.00', consumptionTax: '0.00', totalTax: '0.00', fullTax: false });

/**
 * Files an inventory list of either direction: one procedure for CEB621 and CEB603. Under the
 * order's lock (its filing takes it too), a re-filing of the same copNo is answered as before or
 * refused naming what differs; anything new needs the agent's authorisation now, then a free
 * order slot (one live list per (ebcCode, orderNo)) and an order, if filed, of the mode's
 * orderType. Then the direction's rules, the row and its lines, and either the warehouse is
 * asked to pre-reduce (modes drawing on bonded stock) or the list goes to customs at once.
 */
@Injectable()
export class InventoryListFiler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly customs: CustomsPort,
  ) {}

  async file<D extends ListDocument>(caller: Caller, f: ListFiling<D>): Promise<FilingOutcome<FiledList>> {
    try {
      return await this.attempt(caller, f);
    } catch (error) {
      if (!isUniqueRace(error)) throw translateViolation(error, f.input);
    }
    // A concurrent filing took the copNo or the order's slot first and has committed: decide again.
    try {
      return await this.attempt(caller, f);
    } catch (error) {
      throw translateViolation(error, f.input);
    }
  }

  private async attempt<D extends ListDocument>(caller: Caller, f: ListFiling<D>): Promise<FilingOutcome<FiledList>> {
    const { input, mode } = f;
    const id = randomUUID();
    const businessKey = BusinessKeys.inventoryList(input);
    const document = plainOf(input);
    const status = mode.drawsOnBondedStock ? ListStatus.AwaitingStock : ListStatus.Declared;

    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [orderLockKey(input.ebcCode, input.orderNo)]);
      const filed = await alreadyFiled(m, caller, input, document, f.lockKey);
      // A retry of the agent's own filing answers as before; anything new needs the authorisation
      // now, checked before any rule that would tell a stranger about the company's orders or buyers.
      if (filed) return { created: false, filed };
      // The agent's authorisation (FOR SHARE), the order's slot and the filed order, in one round trip, decided in that order.
      const authorise = needsAuthorisation(caller, input);
      const found = await findByKeys(m, OrderEntity, [{ businessKey: BusinessKeys.order(input) }], {
        extra: (param) => ({
          ...(authorise ? { authorised: authorisationSql(input, param) } : {}),
          live: `EXISTS (SELECT 1 FROM inventory_lists x WHERE x.ebc_code = ${param(input.ebcCode)} AND x.order_no = ${param(input.orderNo)} AND ${isLiveSql('x', param)})`,
        }),
      });
      if (authorise && found.extra.authorised !== true) throw agentNotAuthorised(input);
      if (found.extra.live === true) throw liveListExists(input);
      const order = found.rows[0] ?? null;
      if (order) throwFieldErrors('rule', checkListOrderType(mode, { orderType: order.orderType, orderNo: input.orderNo }));
      const assessment = await f.assess(m, order);

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
        ...f.columns,
        country: input.country,
        goodsValue: goodsValueOf(input.lines),
        freight: input.freight,
        insuredFee: input.insuredFee,
        ...assessment,
        status,
        declaredAt: status === ListStatus.Declared ? new Date() : null,
        releasePublished: false,
        document,
        filedBy: caller.keyId,
      });
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
      // The list, its lines and its event in one statement (the lines' foreign key is checked at its end).
      const events = eventsWithRows(this.outbox);
      if (mode.drawsOnBondedStock) await publishDeclared(events.publish, { list, lines });
      else await submitListToCustoms(this.customs, events.publish, list, mode.messageType);
      await events.insert(m, [(offset) => insertStatement(m, InventoryListEntity, [list], offset), (offset) => insertStatement(m, InventoryListLineEntity, lines, offset)]);
      return { created: true, filed: filedListOf(list) };
    });
  }
}

/**
 * The list filed already under this copNo: the same canonical body is the same filing (its
 * answer again), another body a 409 naming the fields that differ (to the list's parties).
 */
async function alreadyFiled(m: EntityManager, caller: Caller, input: ListDocument, document: Record<string, unknown>, lockKey?: string): Promise<FiledList | undefined> {
  const [row] = (await findByKeys(m, InventoryListEntity, [{ agentCode: input.agentCode, copNo: input.copNo }], { lockKey })).rows;
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

function translateViolation(error: unknown, input: ListDocument): unknown {
  const constraint = violatedConstraint(error);
  if (constraint === 'inventory_lists_cop_no_per_agent' || constraint === 'inventory_lists_business_key') return duplicateCopNo(input);
  if (constraint === 'inventory_lists_live_per_order') return liveListExists(input);
  return error;
}

function duplicateCopNo(input: ListDocument) {
  return conflict('LIST.DUPLICATE_COP_NO', `copNo ${input.copNo} of agent ${input.agentCode} is already used`, 'copNo');
}

function liveListExists(input: ListDocument) {
  return conflict(
    'LIST.LIVE_LIST_EXISTS',
    `order ${input.orderNo} of e-commerce company ${input.ebcCode} already has a list that is not rejected or cancelled`,
    'orderNo',
  );
}
