import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { recommendationsFigures } from './recommendations.figures.js';
import { RecommendationsQuery } from './recommendations.query.js';
import type { RecommendationsResponse } from './recommendations.response.js';

@QueryHandler(RecommendationsQuery)
export class RecommendationsHandler implements IQueryHandler<RecommendationsQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: RecommendationsQuery): Promise<RecommendationsResponse> {
    return recommendationsFigures(this.dataSource, filter);
  }
}
