import { Query } from '@nestjs/cqrs';
import type { FigureFilter } from '../../period.js';
import type { TargetGroupsResponse } from './target-groups.response.js';

export class TargetGroupsQuery extends Query<TargetGroupsResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}
