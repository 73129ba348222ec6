import { Query } from '@nestjs/cqrs';
import type { FigureFilter } from '../../period.js';
import type { FocusGroupsResponse } from './focus-groups.response.js';

export class FocusGroupsQuery extends Query<FocusGroupsResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}
