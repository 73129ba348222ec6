import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter } from '../../period.js';
import { TargetGroupsQueryDto } from './target-groups.dto.js';
import { TargetGroupsQuery } from './target-groups.query.js';
import { TargetGroupsResponse } from './target-groups.response.js';

@ApiTags('figures')
@Controller('figures')
export class TargetGroupsRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('target-groups')
  @Roles('controller', 'admin')
  @ApiFigure('Interventions per target group (figure 7)', TargetGroupsResponse, 'Loans granted and modules delivered, each counted for the customer’s group on its own date.')
  async get(@Query() query: TargetGroupsQueryDto): Promise<TargetGroupsResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new TargetGroupsQuery(filter))), freshness };
  }
}
