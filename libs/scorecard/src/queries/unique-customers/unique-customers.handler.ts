import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { uniqueCustomersFigures } from './unique-customers.figures.js';
import { UniqueCustomersQuery } from './unique-customers.query.js';
import type { UniqueCustomersResponse } from './unique-customers.response.js';

@QueryHandler(UniqueCustomersQuery)
export class UniqueCustomersHandler implements IQueryHandler<UniqueCustomersQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: UniqueCustomersQuery): Promise<UniqueCustomersResponse> {
    return uniqueCustomersFigures(this.dataSource, filter);
  }
}
