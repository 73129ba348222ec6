import { Query } from '@nestjs/cqrs';
import type { FigureFilter } from '../../period.js';
import type { MentorPairsResponse } from './mentor-pairs.response.js';

export class MentorPairsQuery extends Query<MentorPairsResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}
