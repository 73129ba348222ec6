import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter } from '../../period.js';
import { MentorPairsQueryDto } from './mentor-pairs.dto.js';
import { MentorPairsQuery } from './mentor-pairs.query.js';
import { MentorPairsResponse } from './mentor-pairs.response.js';

@ApiTags('figures')
@Controller('figures')
export class MentorPairsRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('mentor-pairs')
  @Roles('controller', 'admin')
  @ApiFigure('Mentor pairs matched in the period and active at its end (figure 12)', MentorPairsResponse)
  async get(@Query() query: MentorPairsQueryDto): Promise<MentorPairsResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new MentorPairsQuery(filter))), freshness };
  }
}
