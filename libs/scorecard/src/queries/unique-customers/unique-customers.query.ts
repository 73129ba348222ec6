import { Query } from '@nestjs/cqrs';
import type { FigureFilter } from '../../period.js';
import type { UniqueCustomersResponse } from './unique-customers.response.js';

export class UniqueCustomersQuery extends Query<UniqueCustomersResponse> {
  constructor(readonly filter: FigureFilter) {
    super();
  }
}
