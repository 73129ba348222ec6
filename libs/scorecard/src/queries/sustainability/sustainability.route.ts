import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { ApiFigure } from '../../api-figure.js';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { parseFilter, type FigureFilter } from '../../period.js';
import { sustainabilityFigures } from './sustainability.figures.js';
import { SustainabilityResponse } from './sustainability.response.js';

export class SustainabilityQuery extends Query<SustainabilityResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}

@QueryHandler(SustainabilityQuery)
export class SustainabilityHandler implements IQueryHandler<SustainabilityQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: SustainabilityQuery): Promise<SustainabilityResponse> {
    return sustainabilityFigures(this.dataSource, filter);
  }
}

@ApiTags('figures')
@Controller('figures')
export class SustainabilityRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('sustainability')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Sustainability in customer meetings',
    SustainabilityResponse,
    'Advisory sessions with sustainability discussed ÷ all sessions in the period, and Hållbarhetsworkshop modules delivered (not voided), by region and advisor.',
  )
  async get(@QueryParams() query: FigureQueryDto): Promise<SustainabilityResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new SustainabilityQuery(filter))), freshness };
  }
}
