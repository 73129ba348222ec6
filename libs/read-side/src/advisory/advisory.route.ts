import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PROJECTION_RUNNER, READ_MODELS, readYourWrites, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { ApiRead } from '../common/api-list.js';
import type { Page } from '../common/paging.js';
import { AdvisoryListQueryDto, DeliveryPage, MentorPairPage, MentorPairListQueryDto, SessionPage, type DeliveryDto, type MentorPairDto, type SessionDto } from './advisory.dto.js';
import { ADVISORY_PROJECTIONS, listDeliveries, listMentorPairs, listSessions } from './advisory.queries.js';

const EVERYONE = ['advisor', 'credit_officer', 'controller', 'admin'] as const;

@ApiTags('advisory')
@Controller('advisory')
export class AdvisoryReadRoute {
  constructor(
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('sessions')
  @ApiRead({ summary: 'Advisory sessions by advisor, customer and period', description: 'Newest first.', roles: [...EVERYONE], response: SessionPage })
  async sessions(@Query() query: AdvisoryListQueryDto): Promise<Page<SessionDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, ADVISORY_PROJECTIONS);
    return listSessions(this.dataSource, query);
  }

  @Get('deliveries')
  @ApiRead({ summary: 'Delivery modules by advisor, customer and period, voided ones marked', description: 'Newest first.', roles: [...EVERYONE], response: DeliveryPage })
  async deliveries(@Query() query: AdvisoryListQueryDto): Promise<Page<DeliveryDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, ADVISORY_PROJECTIONS);
    return listDeliveries(this.dataSource, query);
  }

  @Get('mentor-pairs')
  @ApiRead({ summary: 'Mentor pairs, those active at a date, by programme', description: 'By match date.', roles: [...EVERYONE], response: MentorPairPage })
  async mentorPairs(@Query() query: MentorPairListQueryDto): Promise<Page<MentorPairDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, ADVISORY_PROJECTIONS);
    return listMentorPairs(this.dataSource, query);
  }
}
