import { CustomsDocuments } from '@lhasa/contracts';
import { openApiProblems, previewOpenApiDocument } from '@lhasa/http';
import { AppModule } from './app.module';
import openApiMetadata from './openapi.metadata';

// Every operation of the app, new controllers included: schemas with their fields, every error status it answers.
it('documents every operation completely in OpenAPI (/docs-json)', async () => {
  const document = await previewOpenApiDocument(AppModule, openApiMetadata);
  expect(openApiProblems(document, { filingBodies: Object.values(CustomsDocuments).map((c) => c.name) })).toEqual([]);
});
