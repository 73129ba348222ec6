import { Query } from '@nestjs/cqrs';
import type { FigureFilter } from '../../period.js';
import type { TargetsResponse } from './targets.response.js';

export class TargetsQuery extends Query<TargetsResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}
