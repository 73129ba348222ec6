import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PROJECTION_RUNNER, READ_MODELS, readYourWrites, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { ApiRead } from '../common/api-list.js';
import type { Page } from '../common/paging.js';
import {
  BenchmarkPage,
  FundingProjectPage,
  ReportCommentPage,
  TargetPage,
  YearListQueryDto,
  type BenchmarkDto,
  type FundingProjectDto,
  type ReportCommentDto,
  type TargetDto,
} from './controllers.dto.js';
import { listBenchmarks, listFundingProjects, listReportComments, listTargets } from './controllers.queries.js';

const READERS = ['controller', 'admin'] as const;

/** What controllers have entered (targets, benchmarks, deviation comments) and the funding projects, by year. */
@ApiTags('controllers')
@Controller()
export class ControllersReadRoute {
  constructor(
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('targets')
  @ApiRead({
    summary: 'Board targets entered, by year, quarter, metric, region',
    roles: [...READERS],
    response: TargetPage,
    example: { items: [{ metric: 'loans_granted', year: 2026, quarter: null, region: null, unit: 'count', value: 300 }], nextCursor: null, position: '812-4410' },
  })
  async targets(@Query() query: YearListQueryDto): Promise<Page<TargetDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, ['targets']);
    return listTargets(this.dataSource, query);
  }

  @Get('benchmarks')
  @ApiRead({ summary: 'Focus-group benchmark shares entered, by year, region, attribute, population', roles: [...READERS], response: BenchmarkPage })
  async benchmarks(@Query() query: YearListQueryDto): Promise<Page<BenchmarkDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, ['targets']);
    return listBenchmarks(this.dataSource, query);
  }

  @Get('report-comments')
  @ApiRead({ summary: 'Deviation comments entered, by year, quarter, metric, region', roles: [...READERS], response: ReportCommentPage })
  async reportComments(@Query() query: YearListQueryDto): Promise<Page<ReportCommentDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, ['targets']);
    return listReportComments(this.dataSource, query);
  }

  @Get('funding-projects')
  @ApiRead({
    summary: 'Funding projects (special assignments) running in the year, with costs and revenues booked',
    description: 'By start date.',
    roles: [...READERS],
    response: FundingProjectPage,
  })
  async fundingProjects(@Query() query: YearListQueryDto): Promise<Page<FundingProjectDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, ['funding']);
    return listFundingProjects(this.dataSource, query);
  }
}
