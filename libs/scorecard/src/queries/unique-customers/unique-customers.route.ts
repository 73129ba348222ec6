import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter } from '../../period.js';
import { UniqueCustomersQueryDto } from './unique-customers.dto.js';
import { UniqueCustomersQuery } from './unique-customers.query.js';
import { UniqueCustomersResponse } from './unique-customers.response.js';

@ApiTags('figures')
@Controller('figures')
export class UniqueCustomersRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('unique-customers')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Unique customers (advisory, loans, total) and delivery modules (figures 5–6)',
    UniqueCustomersResponse,
    'A year is a distinct count over the year, never the sum of its quarters. Cut by region (customer’s latest) and advisor; modules also by module.',
  )
  async get(@Query() query: UniqueCustomersQueryDto): Promise<UniqueCustomersResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new UniqueCustomersQuery(filter))), freshness };
  }
}
