import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter, parseGranularity } from '../../period.js';
import { CustomerTimeQueryDto } from './customer-time.dto.js';
import { CustomerTimeQuery } from './customer-time.query.js';
import { CustomerTimeResponse } from './customer-time.response.js';

@ApiTags('figures')
@Controller('figures')
export class CustomerTimeRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('customer-time')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Customer-time share (figure 8)',
    CustomerTimeResponse,
    'Customer ÷ worked minutes (worked = customer + internal), per employee, per region (employee’s latest) and in total, over the period and per week, month, quarter or year.',
  )
  async get(@Query() query: CustomerTimeQueryDto): Promise<CustomerTimeResponse> {
    const filter = parseFilter(query);
    const granularity = parseGranularity(query.granularity, filter.period);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new CustomerTimeQuery(filter, granularity))), freshness };
  }
}
