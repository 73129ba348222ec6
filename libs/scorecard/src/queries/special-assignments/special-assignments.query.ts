import { Query } from '@nestjs/cqrs';
import type { FigureFilter } from '../../period.js';
import type { SpecialAssignmentsResponse } from './special-assignments.response.js';

export class SpecialAssignmentsQuery extends Query<SpecialAssignmentsResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}
