import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter } from '../../period.js';
import { RecommendationsQueryDto } from './recommendations.dto.js';
import { RecommendationsQuery } from './recommendations.query.js';
import { RecommendationsResponse } from './recommendations.response.js';

@ApiTags('figures')
@Controller('figures')
export class RecommendationsRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('recommendations')
  @Roles('controller', 'admin')
  @ApiFigure('Recommendation share (figure 10)', RecommendationsResponse)
  async get(@Query() query: RecommendationsQueryDto): Promise<RecommendationsResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new RecommendationsQuery(filter))), freshness };
  }
}
