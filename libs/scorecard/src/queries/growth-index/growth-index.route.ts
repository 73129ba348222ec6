import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { ApiFigure } from '../../api-figure.js';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { parseFilter, type FigureFilter } from '../../period.js';
import { growthIndexFigures } from './growth-index.figures.js';
import { GrowthIndexResponse } from './growth-index.response.js';

export class GrowthIndexQuery extends Query<GrowthIndexResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}

@QueryHandler(GrowthIndexQuery)
export class GrowthIndexHandler implements IQueryHandler<GrowthIndexQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: GrowthIndexQuery): Promise<GrowthIndexResponse> {
    return growthIndexFigures(this.dataSource, filter);
  }
}

@ApiTags('figures')
@Controller('figures')
export class GrowthIndexRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('growth-index')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Growth index (Index tillväxt) for a cohort year',
    GrowthIndexResponse,
    'The cohort year is the calendar year of the period’s last day: customers with an intervention in it, their financials in B = Y − 1 and E = B + horizon, against the control group.',
  )
  async get(@QueryParams() query: FigureQueryDto): Promise<GrowthIndexResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new GrowthIndexQuery(filter))), freshness };
  }
}
