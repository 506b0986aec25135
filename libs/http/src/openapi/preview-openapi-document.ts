import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createOpenApiDocument, OpenApiPluginMetadata } from '../swagger';

/**
 * An app's OpenAPI document without starting it: Nest's preview mode reads the module graph
 * (every controller, its routes and decorators) but instantiates nothing, so no database or broker
 * is needed. For tests of the document itself.
 */
export async function previewOpenApiDocument(appModule: Type<unknown>, metadata?: OpenApiPluginMetadata): Promise<OpenAPIObject> {
  const app = await NestFactory.create(appModule, { preview: true, logger: false });
  try {
    return await createOpenApiDocument(app, { title: 'preview', description: '', metadata });
  } finally {
    await app.close();
  }
}
