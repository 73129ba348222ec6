import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemDetailsDto, Roles } from '#libs/platform';
import { ListIssuedReportsQueryDto } from './list-issued-reports.dto.js';
import { ListIssuedReportsQuery } from './list-issued-reports.query.js';
import { IssuedReportsResponse } from './list-issued-reports.response.js';

@ApiTags('reports')
@Controller('reports')
export class ListIssuedReportsRoute {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('issued')
  @Roles('controller', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The reports issued for a year: every version, who issued it, when, and the position its figures were computed at',
    description: 'Read from the report streams themselves, so a report just issued is listed at once. Roles: controller, admin.',
  })
  @ApiOkResponse({ type: IssuedReportsResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'year missing or invalid, or kind or region unknown' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid bearer token' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Only controllers and admins read reports' })
  list(@Query() query: ListIssuedReportsQueryDto): Promise<IssuedReportsResponse> {
    return this.queryBus.execute(new ListIssuedReportsQuery(query.year, query.kind, query.region));
  }
}
