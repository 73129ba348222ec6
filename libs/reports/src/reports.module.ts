import { Module } from '@nestjs/common';
import { IssueReportHandler } from './commands/issue-report/issue-report.handler.js';
import { IssueReportRoute } from './commands/issue-report/issue-report.route.js';
import { GetReportHandler } from './queries/get-report/get-report.handler.js';
import { GetReportRoute } from './queries/get-report/get-report.route.js';
import { ListIssuedReportsHandler } from './queries/list-issued-reports/list-issued-reports.handler.js';
import { ListIssuedReportsRoute } from './queries/list-issued-reports/list-issued-reports.route.js';

export const reportsRoutes = [ListIssuedReportsRoute, GetReportRoute, IssueReportRoute];
export const reportsHandlers = [GetReportHandler, ListIssuedReportsHandler, IssueReportHandler];

/**
 * The quarterly and yearly reports to the owners and their issued versions. Needs, from the
 * application: READ_MODELS and PROJECTION_RUNNER (#libs/projections), EVENT_STORE, COMMAND_DEPS
 * and the CQRS buses (PlatformModule).
 */
@Module({ controllers: reportsRoutes, providers: reportsHandlers })
export class ReportsModule {}
