import { ApiKeyStore } from '@lhasa/auth';
import { CustomsEvents, CustomsReceiptIssuedV1, DeclarationEvents, InventoryListDeclaredV1, Topics } from '@lhasa/contracts';
import { recordTopic, SettledTracker, TestEventPublisher, TopicRecording, trackSettled } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../../../../tests/support/databases';
import { call } from '../../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../../tests/support/service-app';
import { waitFor } from '../../../../tests/support/wait-for';
import { AppModule } from '../../src/app.module';

/** An API key the service issues when it is opened. */
export interface KeySpec {
  name: string;
  role: 'operator' | 'admin' | 'enterprise';
  enterpriseCode?: string;
}

export interface WarehouseUnderTestOptions<K extends string> {
  /** The keys to issue, in this order; `keys.<name>` holds each once opened. */
  keys: Record<K, KeySpec>;
  /** Also record what the warehouse sends customs (Topics.customsOutbound) into `outbound`. */
  outbound?: boolean;
}

/** What a customs receipt says besides its subject and status (JSON leaves out what is undefined). */
export type ReceiptFields = Partial<Pick<CustomsReceiptIssuedV1, 'returnInfo' | 'customsNo'>>;

/** What a declared list says besides what `declaredList` derives from its id; tradeMode 1210 and ieFlag I unless given. */
export type DeclaredListFields = Omit<InventoryListDeclaredV1, 'listId' | 'copNo' | 'orderNo' | 'tradeMode' | 'ieFlag'> & Partial<Pick<InventoryListDeclaredV1, 'tradeMode' | 'ieFlag'>>;

/** A list as declarations announces it (declarations.InventoryListDeclared): its copNo and orderNo made from its id. */
export function declaredList(listId: string, fields: DeclaredListFields): InventoryListDeclaredV1 {
  return { listId, copNo: `COP${listId.slice(0, 8)}`, orderNo: `ORD${listId.slice(0, 8)}`, tradeMode: '1210', ieFlag: 'I', ...fields };
}

/** What a release, rejection or return repeats of a declared list: all of it but its value and lines. */
export function listHead({ totalValue: _value, lines: _lines, ...head }: InventoryListDeclaredV1): Omit<InventoryListDeclaredV1, 'totalValue' | 'lines'> {
  return head;
}

/**
 * The warehouse service in-process over the real broker and database, with a test producer for the
 * other services' events and recordings of the warehouse's topic (and, when asked, of the documents
 * it sends customs). Every message the service settles is tracked from the start.
 */
export class WarehouseUnderTest<K extends string> {
  svc!: RunningService;
  settled!: SettledTracker;
  /** warehouse.* events, from the beginning of the topic. */
  published!: TopicRecording;
  /** Documents to customs; recorded only with `outbound: true`. */
  outbound!: TopicRecording;
  readonly events = new TestEventPublisher();
  readonly keys: Record<K, string>;

  constructor(private readonly options: WarehouseUnderTestOptions<K>) {
    this.keys = Object.fromEntries(Object.keys(options.keys).map((name) => [name, ''])) as Record<K, string>;
  }

  async open(): Promise<void> {
    if (this.options.outbound) this.outbound = await recordTopic(Topics.customsOutbound);
    this.published = await recordTopic(Topics.warehouseEvents);
    await this.events.start();
    this.svc = await startServiceApp(AppModule);
    this.settled = trackSettled(this.svc.transport);
    const store = this.svc.app.get(ApiKeyStore);
    for (const [name, spec] of Object.entries(this.options.keys) as Array<[K, KeySpec]>) this.keys[name] = (await store.issue(spec)).key;
  }

  async close(): Promise<void> {
    this.settled?.stop();
    await this.svc?.close();
    await this.events.stop();
    await this.outbound?.stop();
    await this.published?.stop();
    await dropNamespaceDatabases();
  }

  http = (method: string, path: string, key: string, body?: unknown) => call(this.svc.url, method, path, { key, body });

  /** `http` always with the key issued as `name`. */
  as =
    (name: K) =>
    (method: string, path: string, body?: unknown) =>
      this.http(method, path, this.keys[name], body);

  line = (emsNo: string, itemRecordNo: string, key: string) => this.http('GET', `/ledgers/${emsNo}/lines/${itemRecordNo}`, key).then((r) => r.body);

  /** The warehouse events recorded so far of one type, whose data `match` accepts. */
  warehouseEvents = (type: string, match: (data: any) => boolean = () => true): any[] =>
    this.published.messages.map((m) => m.json()).filter((e) => e.type === type && match(e.data));

  /** Resolves once every event the service committed is in `published`, so "nothing else" can be asserted. */
  caughtUp = async (): Promise<void> => {
    await this.svc.untilOutboxEmpty();
    await this.published.caughtUp();
  };

  /** The documents sent customs about one business key, each with its Kafka key. */
  submitted = (businessKey: string): any[] => this.outbound.messages.map((m) => ({ ...m.json(), key: m.key })).filter((e) => e.data.businessKey === businessKey);

  /** Creates a ledger with its lines and admits a goods owner on it, each answered 201. */
  ledger = async (
    key: string,
    ledger: { emsNo: string; name: string; areaCode?: string },
    lines: Array<{ itemRecordNo: string; gcode: string; gname: string; unit: string }>,
    goodsOwner: { ebcCode: string; name?: string },
  ): Promise<void> => {
    expect((await this.http('POST', '/ledgers', key, ledger)).status).toBe(201);
    for (const line of lines) expect((await this.http('POST', `/ledgers/${ledger.emsNo}/lines`, key, line)).status).toBe(201);
    expect((await this.http('POST', `/ledgers/${ledger.emsNo}/goods-owners`, key, goodsOwner)).status).toBe(201);
  };

  /** Publishes a declared list as declarations does, for its e-commerce company. */
  declare = (list: InventoryListDeclaredV1) => this.events.publish(DeclarationEvents.InventoryListDeclared, list, { subject: list.listId, source: 'declarations', tenant: list.ebcCode });

  /** Customs' receipt for a document, as the customs simulator publishes it: 'released' and a customs number unless told otherwise. */
  receipt = (messageType: 'INV101' | 'SAS121', businessKey: string, returnStatus: number, fields: ReceiptFields = {}) => {
    const data: CustomsReceiptIssuedV1 = { messageType, businessKey, returnStatus, returnTime: new Date().toISOString(), returnInfo: 'released', customsNo: `C${Date.now()}`, ...fields };
    return this.events.publish(CustomsEvents.ReceiptIssued, data, { subject: businessKey, source: 'customs-simulator' });
  };

  /**
   * Drives a verification list through customs' approval, a gate pass and its approval, and the
   * gate; returns the gate pass id. `customsNo` names the numbers customs gives the list and the pass.
   */
  throughTheGate = async (verificationListId: string, key: string, vehicleNo: string, customsNo: { list?: string; pass?: string } = {}): Promise<string> => {
    await this.receipt('INV101', verificationListId, 800, customsNo.list ? { customsNo: customsNo.list } : {});
    await waitFor(() => this.http('GET', `/verification-lists/${verificationListId}`, key), (r) => r.body.status === 'APPROVED');
    const pass = await this.http('POST', '/gate-passes', key, { verificationListId, vehicleNo });
    expect(pass.status).toBe(201);
    await this.receipt('SAS121', pass.body.id, 800, customsNo.pass ? { customsNo: customsNo.pass } : {});
    await waitFor(() => this.http('GET', `/gate-passes/${pass.body.id}`, key), (r) => r.body.status === 'APPROVED');
    const passed = await this.http('POST', `/gate-passes/${pass.body.id}/passage`, key);
    expect(passed.status).toBe(200);
    expect(passed.body.status).toBe('PASSED');
    return pass.body.id as string;
  };
}
