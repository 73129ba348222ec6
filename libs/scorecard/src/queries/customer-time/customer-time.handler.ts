import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { customerTimeFigures } from './customer-time.figures.js';
import { CustomerTimeQuery } from './customer-time.query.js';
import type { CustomerTimeResponse } from './customer-time.response.js';

@QueryHandler(CustomerTimeQuery)
export class CustomerTimeHandler implements IQueryHandler<CustomerTimeQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter, granularity }: CustomerTimeQuery): Promise<CustomerTimeResponse> {
    return customerTimeFigures(this.dataSource, filter, granularity);
  }
}
