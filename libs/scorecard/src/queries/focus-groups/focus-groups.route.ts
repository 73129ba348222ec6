import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter } from '../../period.js';
import { FocusGroupsQueryDto } from './focus-groups.dto.js';
import { FocusGroupsQuery } from './focus-groups.query.js';
import { FocusGroupsResponse } from './focus-groups.response.js';

@ApiTags('figures')
@Controller('figures')
export class FocusGroupsRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('focus-groups')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Focus-group shares with benchmarks (figure 9)',
    FocusGroupsResponse,
    'Among loans granted and among unique advisory customers; unknown answers are counted beside the shares.',
  )
  async get(@Query() query: FocusGroupsQueryDto): Promise<FocusGroupsResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new FocusGroupsQuery(filter))), freshness };
  }
}
