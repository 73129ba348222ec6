import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { ApiFigure } from '../../api-figure.js';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { parseFilter, type FigureFilter } from '../../period.js';
import { focusGroupIndexFigures } from './focus-group-index.figures.js';
import { FocusGroupIndexResponse } from './focus-group-index.response.js';

export class FocusGroupIndexQuery extends Query<FocusGroupIndexResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}

@QueryHandler(FocusGroupIndexQuery)
export class FocusGroupIndexHandler implements IQueryHandler<FocusGroupIndexQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: FocusGroupIndexQuery): Promise<FocusGroupIndexResponse> {
    return focusGroupIndexFigures(this.dataSource, filter);
  }
}

@ApiTags('figures')
@Controller('figures')
export class FocusGroupIndexRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('focus-group-index')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Focus-group index (Index fokusgrupper)',
    FocusGroupIndexResponse,
    'Among the period’s unique customers (advisory and loans), each focus group’s share of those whose attribute is known ÷ the business population’s benchmark for the period’s year; 100 × the mean.',
  )
  async get(@QueryParams() query: FigureQueryDto): Promise<FocusGroupIndexResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new FocusGroupIndexQuery(filter))), freshness };
  }
}
