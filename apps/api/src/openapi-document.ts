import 'reflect-metadata';
import { chmodSync, mkdtempSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { startEmbeddedPostgres } from '#libs/postgres';
import { createApp, openApiConfig } from './create-app.js';

/**
 * The api's OpenAPI document, as /docs/json serves it: the api is assembled on a throw-away
 * embedded PostgreSQL (the modules' set-up needs a database), described, and everything removed.
 * The web app's client types are generated from it at build time (scripts/build-web.mjs).
 */
export async function openApiDocument(): Promise<OpenAPIObject> {
  const folder = mkdtempSync(join(tmpdir(), 'almi-openapi-'));
  chmodSync(folder, 0o755); // as root, the server runs as the postgres user, which must reach it
  // Binaries the postgres user can reach even in a private (0700) clone, as the service's own start does.
  const server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), persistent: true });
  try {
    const app = await createApp({ databaseUrl: server.url, auth: { secret: 'openapi-document-only' }, runProjections: false }, { logger: false });
    try {
      return SwaggerModule.createDocument(app, openApiConfig());
    } finally {
      await app.close();
    }
  } finally {
    await server.stop().catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2];
  const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}
