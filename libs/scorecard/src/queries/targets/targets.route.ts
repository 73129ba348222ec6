import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter } from '../../period.js';
import { TargetsQueryDto } from './targets.dto.js';
import { TargetsQuery } from './targets.query.js';
import { TargetsResponse } from './targets.response.js';

@ApiTags('figures')
@Controller('figures')
export class TargetsRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('targets')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Targets against outcome, with the controller’s comments (figure 13)',
    TargetsResponse,
    'A year takes the year’s targets, a quarter the quarter’s; a month or another range has none. Without a region, the targets for both regions together.',
  )
  async get(@Query() query: TargetsQueryDto): Promise<TargetsResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new TargetsQuery(filter))), freshness };
  }
}
