import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_MODELS } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { loanVolumeFigures } from './loan-volume.figures.js';
import { LoanVolumeQuery } from './loan-volume.query.js';
import type { LoanVolumeResponse } from './loan-volume.response.js';

@QueryHandler(LoanVolumeQuery)
export class LoanVolumeHandler implements IQueryHandler<LoanVolumeQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter }: LoanVolumeQuery): Promise<LoanVolumeResponse> {
    return loanVolumeFigures(this.dataSource, filter);
  }
}
