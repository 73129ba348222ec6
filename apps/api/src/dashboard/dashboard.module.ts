import { Module } from '@nestjs/common';
import { DashboardController, DashboardFilesCache } from './dashboard.controller.js';

/** GET /dashboard (and its script and style), built by scripts/build-dashboard.mjs. */
@Module({ controllers: [DashboardController], providers: [DashboardFilesCache] })
export class DashboardModule {}
