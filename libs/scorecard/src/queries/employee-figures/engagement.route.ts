import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { ApiFigure } from '../../api-figure.js';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { parseFilter, type FigureFilter } from '../../period.js';
import { engagementFigures } from './employee-figures.figures.js';
import { EngagementResponse } from './employee-figures.response.js';

export class EngagementQuery extends Query<EngagementResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}

@QueryHandler(EngagementQuery)
export class EngagementHandler implements IQueryHandler<EngagementQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: EngagementQuery): Promise<EngagementResponse> {
    return engagementFigures(this.dataSource, filter);
  }
}

@ApiTags('figures')
@Controller('figures')
export class EngagementRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('employee-engagement')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Employee engagement: the yearly survey’s total score and engagement index against the goal 4.0',
    EngagementResponse,
    'The year is the calendar year of the period’s last day.',
  )
  async get(@QueryParams() query: FigureQueryDto): Promise<EngagementResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new EngagementQuery(filter))), freshness };
  }
}
