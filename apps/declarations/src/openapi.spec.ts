import type { OpenAPIObject } from '@nestjs/swagger';
import { CustomsDocuments, CustomsMessageType, validateCustomsDocument, validatePlain } from '@lhasa/contracts';
import { checkOrderArithmetic, matchExportDocuments, matchThreeDocuments } from '@lhasa/domain';
import { exampleOf, openApiProblems, previewOpenApiDocument } from '@lhasa/http';
import { AppModule } from './app.module';
import { FileSummaryApplicationRequestDto } from './commands/file-summary-application/file-summary-application.request.dto';
import { DirectExport9610Mode } from './modes/direct-export-9610/direct-export-9610.mode';
import openApiMetadata from './openapi.metadata';

/** Every filing operation of the app and the customs document its body is. */
const FILINGS = [
  ['/orders', 'CEB311'],
  ['/payments', 'CEB411'],
  ['/waybills', 'CEB511'],
  ['/inventory-lists', 'CEB621'],
  ['/cancellations', 'CEB623'],
  ['/returns', 'CEB625'],
  ['/export-orders', 'CEB303'],
  ['/payment-receipts', 'CEB403'],
  ['/export-waybills', 'CEB505'],
  ['/export-inventory-lists', 'CEB603'],
  ['/export-cancellations', 'CEB605'],
  ['/arrivals', 'CEB507'],
  ['/departures', 'CEB509'],
] as const satisfies ReadonlyArray<readonly [string, CustomsMessageType]>;

/** The batch filings (shared/batch-filing.ts) and the customs document each of their documents is. */
const BATCHES = [
  ['/orders/batch', 'CEB311'],
  ['/payments/batch', 'CEB411'],
  ['/waybills/batch', 'CEB511'],
  ['/inventory-lists/batch', 'CEB621'],
] as const satisfies ReadonlyArray<readonly [string, CustomsMessageType]>;

describe('the OpenAPI document (/docs-json)', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await previewOpenApiDocument(AppModule, openApiMetadata);
  });

  /** The example Swagger UI composes for POST path's body. */
  const exampleBody = (path: string): Record<string, unknown> => {
    const body = document.paths[path]?.post?.requestBody as { content: Record<string, { schema: Record<string, unknown> }> } | undefined;
    if (!body) throw new Error(`POST ${path} is not documented`);
    return exampleOf(body.content['application/json'].schema, document) as Record<string, unknown>;
  };

  // Every operation of the app, new controllers included: schemas with their fields, every error status it answers.
  it('documents every operation completely', () => {
    expect(openApiProblems(document, { filingBodies: Object.values(CustomsDocuments).map((c) => c.name) })).toEqual([]);
  });

  it('lists every filing operation here', () => {
    const filings = Object.keys(document.paths).filter((path) => document.paths[path].post && !path.includes('{') && !path.startsWith('/agent-authorisations'));
    expect(filings.sort()).toEqual([...FILINGS.map(([path]) => path), ...BATCHES.map(([path]) => path), '/summary-applications'].sort());
  });

  it.each(FILINGS)('the example of POST %s is a valid %s document', (path, messageType) => {
    const example = exampleBody(path);
    expect(validateCustomsDocument(messageType, example)).not.toHaveProperty('errors');
    if (messageType === 'CEB311') expect(checkOrderArithmetic(example as never)).toEqual([]);
  });

  it.each(BATCHES)('the example of POST %s is a list of valid %s documents', (path, messageType) => {
    const { documents } = exampleBody(path) as { documents: unknown[] };
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(validateCustomsDocument(messageType, document)).not.toHaveProperty('errors');
  });

  it('the example of POST /summary-applications is a valid CEB701 head', () => {
    const example = exampleBody('/summary-applications');
    expect(validatePlain(FileSummaryApplicationRequestDto, example)).not.toHaveProperty('errors');
    expect(validateCustomsDocument('CEB701', { ...example, lists: [{ invtNo: '88002026E000000001' }] })).not.toHaveProperty('errors');
  });

  it('the import examples are one matching order, payment, waybill and list', () => {
    const [order, payment, waybill, list] = ['/orders', '/payments', '/waybills', '/inventory-lists'].map(exampleBody);
    expect(matchThreeDocuments({ order, payment, waybill, list } as never)).toEqual([]);
  });

  it('the export examples are one matching 9610 order, receipt of payment, waybill and list', () => {
    const [order, paymentReceipt, waybill, list] = ['/export-orders', '/payment-receipts', '/export-waybills', '/export-inventory-lists'].map(exampleBody);
    expect(matchExportDocuments({ order, paymentReceipt, waybill, list } as never)).toEqual([]);
    expect(new DirectExport9610Mode().checkList(list as never)).toEqual([]);
  });
});
