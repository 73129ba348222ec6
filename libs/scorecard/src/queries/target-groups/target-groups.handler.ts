import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { targetGroupsFigures } from './target-groups.figures.js';
import { TargetGroupsQuery } from './target-groups.query.js';
import type { TargetGroupsResponse } from './target-groups.response.js';

@QueryHandler(TargetGroupsQuery)
export class TargetGroupsHandler implements IQueryHandler<TargetGroupsQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: TargetGroupsQuery): Promise<TargetGroupsResponse> {
    return targetGroupsFigures(this.dataSource, filter);
  }
}
