import { Query } from '@nestjs/cqrs';
import type { FigureFilter, Granularity } from '../../period.js';
import type { CustomerTimeResponse } from './customer-time.response.js';

export class CustomerTimeQuery extends Query<CustomerTimeResponse> {
  constructor(
    readonly filter: FigureFilter,
    readonly granularity: Granularity = 'month',
  ) {
    super();
  }
}
