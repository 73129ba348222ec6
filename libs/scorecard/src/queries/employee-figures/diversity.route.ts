import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { ApiFigure } from '../../api-figure.js';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { parseFilter, type FigureFilter } from '../../period.js';
import { diversityFigures } from './employee-figures.figures.js';
import { DiversityResponse } from './employee-figures.response.js';

export class DiversityQuery extends Query<DiversityResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}

@QueryHandler(DiversityQuery)
export class DiversityHandler implements IQueryHandler<DiversityQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: DiversityQuery): Promise<DiversityResponse> {
    return diversityFigures(this.dataSource, filter);
  }
}

@ApiTags('figures')
@Controller('figures')
export class DiversityRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('employee-diversity')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Employee diversity: HR’s yearly aggregates beside the board’s goals',
    DiversityResponse,
    'Counts per age band, gender and foreign background, never per person. The goals are the targets employee_*_share set for the year.',
  )
  async get(@QueryParams() query: FigureQueryDto): Promise<DiversityResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new DiversityQuery(filter))), freshness };
  }
}
