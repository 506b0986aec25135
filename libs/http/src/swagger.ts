import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_HEADER, API_KEY_SECURITY } from './access/public.decorator';
import { documentEdgeErrors } from './openapi/edge-errors';
import { ErrorBodyView } from './openapi/error-body.view';

/** What `scripts/openapi-metadata.mjs` generates per app (`apps/<app>/src/openapi.metadata.ts`). */
export type OpenApiPluginMetadata = () => Promise<Record<string, unknown>>;

export interface ApiDocs {
  title: string;
  description: string;
  version?: string;
  /**
   * The @nestjs/swagger plugin's reading of the app's DTOs, views and controllers (types, required
   * fields, nesting, lengths, doc comments as descriptions), generated ahead because the build is
   * plain tsc, which runs no plugin.
   */
  metadata?: OpenApiPluginMetadata;
}

/**
 * The app's OpenAPI document: its routes as the plugin metadata and decorators describe them, and
 * on every operation the errors the shared edge answers.
 */
export async function createOpenApiDocument(app: INestApplication, docs: ApiDocs): Promise<OpenAPIObject> {
  if (docs.metadata) await SwaggerModule.loadPluginMetadata(docs.metadata);
  const config = new DocumentBuilder()
    .setTitle(docs.title)
    .setDescription(docs.description)
    .setVersion(docs.version ?? '1')
    .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER, description: 'lhz_<prefix>_<secret>' }, API_KEY_SECURITY)
    .build();
  return documentEdgeErrors(SwaggerModule.createDocument(app, config, { extraModels: [ErrorBodyView] }));
}

/** OpenAPI at /docs (UI) and /docs-json, with the API-key scheme routes refer to. */
export async function setupSwagger(app: INestApplication, docs: ApiDocs): Promise<void> {
  const document = await createOpenApiDocument(app, docs);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
