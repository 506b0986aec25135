import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_HEADER, API_KEY_SECURITY } from './access/public.decorator';

export interface ApiDocs {
  title: string;
  description: string;
  version?: string;
}

/** OpenAPI at /docs (UI) and /docs-json, with the API-key scheme routes refer to. */
export function setupSwagger(app: INestApplication, docs: ApiDocs): void {
  const config = new DocumentBuilder()
    .setTitle(docs.title)
    .setDescription(docs.description)
    .setVersion(docs.version ?? '1')
    .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER, description: 'lhz_<prefix>_<secret>' }, API_KEY_SECURITY)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
