import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PROJECTION_RUNNER, READ_MODELS, readYourWrites, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { ApiRead } from '../common/api-list.js';
import type { Page } from '../common/paging.js';
import { EmployeePage, EmployeesQueryDto, ExpiringCertificationPage, ExpiringQueryDto, type EmployeeDto, type ExpiringCertificationDto } from './staff.dto.js';
import { expiringCertifications, listEmployees, STAFF_PROJECTIONS } from './staff.queries.js';

@ApiTags('staff')
@Controller('employees')
export class StaffReadRoute {
  constructor(
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @ApiRead({
    summary: 'Employees with roles, region and credit certifications (validity, valid today)',
    description: 'By user id.',
    roles: ['controller', 'admin'],
    response: EmployeePage,
  })
  async list(@Query() query: EmployeesQueryDto): Promise<Page<EmployeeDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, STAFF_PROJECTIONS);
    return listEmployees(this.dataSource, query);
  }

  @Get('certifications/expiring')
  @ApiRead({
    summary: 'Credit certifications valid today that end within withinDays (default 30) and are not continued by another grant',
    description: 'By end date, then user id.',
    roles: ['controller', 'admin'],
    response: ExpiringCertificationPage,
    example: { items: [{ userId: 'olle', region: 'vastmanland', validFrom: '2025-01-01', validTo: '2026-12-31', daysLeft: 28 }], nextCursor: null, position: '812-4410' },
  })
  async expiring(@Query() query: ExpiringQueryDto): Promise<Page<ExpiringCertificationDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, STAFF_PROJECTIONS);
    return expiringCertifications(this.dataSource, query);
  }
}
