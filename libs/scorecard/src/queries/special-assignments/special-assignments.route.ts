import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter } from '../../period.js';
import { SpecialAssignmentsQueryDto } from './special-assignments.dto.js';
import { SpecialAssignmentsQuery } from './special-assignments.query.js';
import { SpecialAssignmentsResponse } from './special-assignments.response.js';

@ApiTags('figures')
@Controller('figures')
export class SpecialAssignmentsRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('special-assignments')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Special assignments: costs, revenues and activities per funding project (figure 11)',
    SpecialAssignmentsResponse,
    'The region cuts the activities, not the costs and revenues.',
  )
  async get(@Query() query: SpecialAssignmentsQueryDto): Promise<SpecialAssignmentsResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new SpecialAssignmentsQuery(filter))), freshness };
  }
}
