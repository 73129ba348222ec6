import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { awaitFreshFigures, PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { ApiFigure } from '../../api-figure.js';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { parseFilter, type FigureFilter } from '../../period.js';
import { specialAssignmentApprovalsFigures } from './special-assignment-approvals.figures.js';
import { SpecialAssignmentApprovalsResponse } from './special-assignment-approvals.response.js';

export class SpecialAssignmentApprovalsQuery extends Query<SpecialAssignmentApprovalsResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}

@QueryHandler(SpecialAssignmentApprovalsQuery)
export class SpecialAssignmentApprovalsHandler implements IQueryHandler<SpecialAssignmentApprovalsQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: SpecialAssignmentApprovalsQuery): Promise<SpecialAssignmentApprovalsResponse> {
    return specialAssignmentApprovalsFigures(this.dataSource, filter);
  }
}

@ApiTags('figures')
@Controller('figures')
export class SpecialAssignmentApprovalsRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('special-assignment-approvals')
  @Roles('controller', 'admin')
  @ApiFigure(
    'Special assignments approved: approval dates and activity before approval',
    SpecialAssignmentApprovalsResponse,
    'A project is approved on the latest date among its required approvals; activity in the period dated before it (or any, until fully approved) flags the project.',
  )
  async get(@QueryParams() query: FigureQueryDto): Promise<SpecialAssignmentApprovalsResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new SpecialAssignmentApprovalsQuery(filter))), freshness };
  }
}
