import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { mentorPairsFigures } from './mentor-pairs.figures.js';
import { MentorPairsQuery } from './mentor-pairs.query.js';
import type { MentorPairsResponse } from './mentor-pairs.response.js';

@QueryHandler(MentorPairsQuery)
export class MentorPairsHandler implements IQueryHandler<MentorPairsQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: MentorPairsQuery): Promise<MentorPairsResponse> {
    return mentorPairsFigures(this.dataSource, filter);
  }
}
