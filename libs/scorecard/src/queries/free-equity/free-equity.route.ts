import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { ApiFigure } from '../../api-figure.js';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { parseFilter, type FigureFilter } from '../../period.js';
import { freeEquityFigures } from './free-equity.figures.js';
import { FreeEquityResponse } from './free-equity.response.js';

export class FreeEquityQuery extends Query<FreeEquityResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}

@QueryHandler(FreeEquityQuery)
export class FreeEquityHandler implements IQueryHandler<FreeEquityQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: FreeEquityQuery): Promise<FreeEquityResponse> {
    return freeEquityFigures(this.dataSource, filter);
  }
}

@ApiTags('figures')
@Controller('figures')
export class FreeEquityRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('free-equity')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Free equity in months of operating costs (band 3–6)',
    FreeEquityResponse,
    'At the last quarter end on or before the period’s last day, and at each quarter end inside the period: free equity ÷ (operating costs of the four quarters ending there ÷ 12). A company figure: region does not cut it.',
  )
  async get(@QueryParams() query: FigureQueryDto): Promise<FreeEquityResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new FreeEquityQuery(filter))), freshness };
  }
}
