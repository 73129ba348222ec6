import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { specialAssignmentsFigures } from './special-assignments.figures.js';
import { SpecialAssignmentsQuery } from './special-assignments.query.js';
import type { SpecialAssignmentsResponse } from './special-assignments.response.js';

@QueryHandler(SpecialAssignmentsQuery)
export class SpecialAssignmentsHandler implements IQueryHandler<SpecialAssignmentsQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: SpecialAssignmentsQuery): Promise<SpecialAssignmentsResponse> {
    return specialAssignmentsFigures(this.dataSource, filter);
  }
}
