import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { targetsFigures } from './targets.figures.js';
import { TargetsQuery } from './targets.query.js';
import type { TargetsResponse } from './targets.response.js';

@QueryHandler(TargetsQuery)
export class TargetsHandler implements IQueryHandler<TargetsQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: TargetsQuery): Promise<TargetsResponse> {
    return targetsFigures(this.dataSource, filter);
  }
}
