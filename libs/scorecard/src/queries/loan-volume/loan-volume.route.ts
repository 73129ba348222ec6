import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import { ApiFigure } from '../../api-figure.js';
import { parseFilter } from '../../period.js';
import { LoanVolumeQueryDto } from './loan-volume.dto.js';
import { LoanVolumeQuery } from './loan-volume.query.js';
import { LoanVolumeResponse } from './loan-volume.response.js';

@ApiTags('figures')
@Controller('figures')
export class LoanVolumeRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('loan-volume')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Loans granted, lending flows, outstanding principal and return on lending (figures 1–4)',
    LoanVolumeResponse,
    'Cut by product, by region (customer’s latest) and, for loans granted, by target group on the approval date. Return on lending covers the 12 quarters ending with the quarter of the period’s last day.',
  )
  async get(@Query() query: LoanVolumeQueryDto): Promise<LoanVolumeResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new LoanVolumeQuery(filter))), freshness };
  }
}
