import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { focusGroupsFigures } from './focus-groups.figures.js';
import { FocusGroupsQuery } from './focus-groups.query.js';
import type { FocusGroupsResponse } from './focus-groups.response.js';

@QueryHandler(FocusGroupsQuery)
export class FocusGroupsHandler implements IQueryHandler<FocusGroupsQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: FocusGroupsQuery): Promise<FocusGroupsResponse> {
    return focusGroupsFigures(this.dataSource, filter);
  }
}
