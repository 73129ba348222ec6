import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, type CommandContext } from '#libs/platform';
import { PROJECTION_RUNNER, READ_MODELS, readYourWrites, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { ApiRead } from '../common/api-list.js';
import { TimeEntriesQueryDto, TimeEntryPage } from './time-entries.dto.js';
import { listTimeEntries, TIME_PROJECTIONS } from './time-entries.queries.js';

@ApiTags('time')
@Controller('time-entries')
export class TimeEntriesReadRoute {
  constructor(
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @ApiRead({
    summary: 'A person’s time entries in a date range, each with its history; day and week totals against 24 h; the customer-time share',
    description: 'Advisors and credit officers see their own (403 for another employee); controllers and admins anyone’s.',
    roles: ['advisor', 'credit_officer', 'controller', 'admin'],
    response: TimeEntryPage,
  })
  async list(@Query() query: TimeEntriesQueryDto, @Ctx() ctx: CommandContext): Promise<TimeEntryPage> {
    await readYourWrites(this.runner, query.position, query.waitMs, TIME_PROJECTIONS);
    return listTimeEntries(this.dataSource, ctx.actor, query);
  }
}
