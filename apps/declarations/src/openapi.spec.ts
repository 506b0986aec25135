import type { OpenAPIObject } from '@nestjs/swagger';
import { CustomsDocuments, validateCustomsDocument } from '@lhasa/contracts';
import { checkOrderArithmetic } from '@lhasa/domain';
import { exampleOf, openApiProblems, previewOpenApiDocument } from '@lhasa/http';
import { AppModule } from './app.module';
import openApiMetadata from './openapi.metadata';

describe('the OpenAPI document (/docs-json)', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await previewOpenApiDocument(AppModule, openApiMetadata);
  });

  // Every operation of the app, new controllers included: schemas with their fields, every error status it answers.
  it('documents every operation completely', () => {
    expect(openApiProblems(document, { filingBodies: Object.values(CustomsDocuments).map((c) => c.name) })).toEqual([]);
  });

  it.each([
    ['/orders', 'CEB311'],
    ['/payments', 'CEB411'],
    ['/waybills', 'CEB511'],
    ['/inventory-lists', 'CEB621'],
  ] as const)('the example of POST %s is a valid %s document', (path, messageType) => {
    const body = document.paths[path].post?.requestBody as { content: Record<string, { schema: Record<string, unknown> }> };
    const example = exampleOf(body.content['application/json'].schema, document);
    expect(validateCustomsDocument(messageType, example)).not.toHaveProperty('errors');
    if (messageType === 'CEB311') expect(checkOrderArithmetic(example as never)).toEqual([]);
  });
});
