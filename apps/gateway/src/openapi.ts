import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

/** The OpenAPI document, derived from the same zod schemas that validate the requests. */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Newsroom event store')
    .setDescription('Ingest articles onto the event log; read envoy itineraries, statements and peace-process status.')
    .setVersion('1')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'api-key')
    .build();
  return dedupeSecurity(cleanupOpenApiDoc(SwaggerModule.createDocument(app, config)));
}

/** @RequireRole declares the key requirement and so do some controllers: each requirement once per operation. */
function dedupeSecurity(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<{ security?: unknown[] }>) {
      if (!Array.isArray(operation?.security)) continue;
      operation.security = [...new Map(operation.security.map((s) => [JSON.stringify(s), s])).values()];
    }
  }
  return document;
}

export function serveOpenApi(app: INestApplication): OpenAPIObject {
  const document = buildOpenApi(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return document;
}
