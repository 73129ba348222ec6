import { applyDecorators, Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiExtraModels, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiServiceUnavailableResponse, ApiTags, ApiUnauthorizedResponse, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { ProblemDetailsDto, Roles } from '#libs/platform';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import type { ReportScope } from '../../domain/report-scope.js';
import { chooseFormat, chooseLanguage } from '../../formats/report-format.js';
import { renderReport } from './render-report.js';
import { GetReportQuery } from './get-report.query.js';
import { QuarterlyReportQueryDto, YearlyReportQueryDto } from './get-report.dto.js';
import { ReportComparisonResponse, ReportResponse } from './report.response.js';

const DESCRIPTION =
  'Every figure of the scorecard for the period and region, area by area, each scorecard metric with the board’s target, the deviation (absolute and %) and the controller’s comment, ' +
  'and the figures that explain them (outstanding principal, unique loan customers, modules by kind, target-group shares, customer time by region and month, focus-group unknowns and benchmarks, special assignments, mentor pairs). ' +
  'All figures come from one snapshot of the read models. Format: ?format=json|csv|html, else the Accept header. CSV: UTF-8 with BOM, ";" separator, decimal comma, money in SEK. HTML: a printable page (print it to PDF from the browser). ' +
  "With ?issued=latest|<version>: the issued figures beside today's, with the difference per figure. " +
  'Every answer says what it includes (`freshness`: the read models\' position, the store\'s head when asked, the lag; CSV: a first # line; HTML: the header; every format: X-Read-Models-Position, X-Store-Head, X-Lag-Events, X-Figures-Complete headers). ' +
  "By default the request waits up to waitMs (5000) for the read models to hold everything recorded before it, else 503; ?stale=ok answers at once, marked incomplete. Roles: controller, admin.";

const ApiReport = (summary: string) =>
  applyDecorators(
    ApiBearerAuth(),
    ApiOperation({ summary, description: DESCRIPTION }),
    ApiProduces('application/json', 'text/csv', 'text/html'),
    ApiExtraModels(ReportResponse, ReportComparisonResponse),
    ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(ReportResponse) }, { $ref: getSchemaPath(ReportComparisonResponse) }] }, description: 'The report (JSON shown; CSV and HTML carry the same figures)' }),
    ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A parameter is invalid: each is named with the reason' }),
    ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid bearer token' }),
    ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Only controllers and admins read reports' }),
    ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'With ?issued=: the report, or that version of it, was never issued' }),
    ApiServiceUnavailableResponse({
      type: ProblemDetailsDto,
      description: "The read models did not reach the store's head as it was when the request arrived (or ?position=) within waitMs; `freshness` says how far behind they are. Ask ?stale=ok for the figures as they are",
    }),
  );

const issuedOf = (issued: string | undefined): 'latest' | number | undefined => (issued === undefined || issued === 'latest' ? issued : Number(issued));

@ApiTags('reports')
@Controller('reports')
export class GetReportRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('quarterly')
  @Roles('controller', 'admin')
  @ApiReport('The quarterly report to the owners: outcome against target for every scorecard figure')
  quarterly(@Query() query: QuarterlyReportQueryDto, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response): Promise<unknown> {
    return this.answer({ kind: 'quarterly', year: query.year, quarter: query.quarter, ...(query.region ? { region: query.region } : {}) }, query, accept, response);
  }

  @Get('yearly')
  @Roles('controller', 'admin')
  @ApiReport('The yearly report to the owners: outcome against the year’s targets, with the explanations of the deviations')
  yearly(@Query() query: YearlyReportQueryDto, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response): Promise<unknown> {
    return this.answer({ kind: 'yearly', year: query.year, ...(query.region ? { region: query.region } : {}) }, query, accept, response);
  }

  private async answer(scope: ReportScope, query: YearlyReportQueryDto, accept: string | undefined, response: Response): Promise<unknown> {
    const format = chooseFormat(query.format, accept);
    const lang = chooseLanguage(query.lang);
    const freshness = await awaitFreshFigures(this.runner, query);
    const result = await this.queryBus.execute(new GetReportQuery(scope, issuedOf(query.issued)));
    return renderReport(result, format, lang, response, freshness);
  }
}
