import { Controller, Get, Header, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '#libs/platform';
import { loadDashboardFiles, type DashboardFiles } from './dashboard-assets.js';

/** Loads the files on first use and keeps them; a failed load is tried again on the next request. */
@Injectable()
export class DashboardFilesCache {
  private files?: Promise<DashboardFiles>;

  get(): Promise<DashboardFiles> {
    this.files ??= loadDashboardFiles().catch((error: unknown) => {
      this.files = undefined;
      throw new ServiceUnavailableException({
        message: `The dashboard is not built and cannot be built here (${error instanceof Error ? error.message : String(error)}): run npm run build`,
        code: 'dashboard-unavailable',
      });
    });
    return this.files;
  }
}

/**
 * The scorecard dashboard: a static page, public like /docs. It shows nothing by itself; the
 * figures come from the api with the token the user pastes.
 */
@ApiExcludeController()
@Public()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly files: DashboardFilesCache) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  async page(): Promise<string> {
    return (await this.files.get()).html;
  }

  @Get('dashboard.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  async script(): Promise<string> {
    return (await this.files.get()).js;
  }

  @Get('dashboard.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  async style(): Promise<string> {
    return (await this.files.get()).css;
  }
}
