import { Controller, Get, Header, NotFoundException, Param, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Public } from '#libs/platform';

const WEB_OUT = 'dist/web';
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

/** The repository root: the nearest folder up with a package.json (from src/ under jest, from dist/ when built). */
async function repositoryRoot(): Promise<string> {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (
      await access(join(dir, 'package.json')).then(
        () => true,
        () => false,
      )
    )
      return dir;
    if (dirname(dir) === dir) throw new Error('No package.json above the api: cannot find the web app');
  }
}

/**
 * The web app (apps/web, built by scripts/build-web.mjs into dist/web): index.html at / and at
 * every client route under /app/, its hashed files under /assets/. Public like /docs: the page
 * holds no data; everything it shows comes from the api with the session cookie. The app's routes
 * live under /app/ so they never shadow an api path.
 */
@ApiExcludeController()
@Public()
@Controller()
export class WebAppController {
  /** Read on every request (it is small): a rebuild is served at once, with its new file names. */
  private async indexHtml(): Promise<string> {
    return readFile(join(await repositoryRoot(), WEB_OUT, 'index.html'), 'utf8').catch((error: unknown) => {
      throw new ServiceUnavailableException({
        message: `The web app is not built (${error instanceof Error ? error.message : String(error)}): run npm run build`,
        code: 'web-app-unavailable',
      });
    });
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  root(): Promise<string> {
    return this.indexHtml();
  }

  @Get(['app', 'app/*path'])
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  app(): Promise<string> {
    return this.indexHtml();
  }

  @Get('assets/:file')
  async asset(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const extension = /^[\w.-]+\.(\w+)$/.exec(file)?.[1];
    const type = extension && !file.includes('..') ? TYPES[extension] : undefined;
    if (!type) throw new NotFoundException({ message: `No such file: ${file}`, code: 'not-found' });
    const body = await readFile(join(await repositoryRoot(), WEB_OUT, 'assets', file)).catch(() => undefined);
    if (!body) throw new NotFoundException({ message: `No such file: ${file}`, code: 'not-found' });
    // Vite names each file by its content's hash, so a file never changes under its name.
    response.setHeader('Content-Type', type).setHeader('Cache-Control', 'public, max-age=31536000, immutable').send(body);
  }
}
