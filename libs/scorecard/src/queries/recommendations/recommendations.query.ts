import { Query } from '@nestjs/cqrs';
import type { FigureFilter } from '../../period.js';
import type { RecommendationsResponse } from './recommendations.response.js';

export class RecommendationsQuery extends Query<RecommendationsResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}
