import { Query } from '@nestjs/cqrs';
import type { FigureFilter } from '../../period.js';
import type { LoanVolumeResponse } from './loan-volume.response.js';

export class LoanVolumeQuery extends Query<LoanVolumeResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}
