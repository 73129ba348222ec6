import { Controller, Get, Header, Inject, Param, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { refuse } from '#libs/decider';
import { awaitFreshFigures, PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import { Roles } from '#libs/platform';
import type { DataSource } from 'typeorm';
import { ApiFigure } from '../../api-figure.js';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { parseFilter, type FigureFilter } from '../../period.js';
import { municipalitiesFigures } from './municipalities.figures.js';
import { MunicipalitiesResponse } from './municipalities.response.js';
import { municipalitySummaryHtml } from './municipality-summary.js';

export class MunicipalitiesQuery extends Query<MunicipalitiesResponse> {
  constructor(
    readonly filter: FigureFilter,
    readonly municipality?: string,
  ) {
    super();
  }
}

@QueryHandler(MunicipalitiesQuery)
export class MunicipalitiesHandler implements IQueryHandler<MunicipalitiesQuery> {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  execute({ filter, municipality }: MunicipalitiesQuery): Promise<MunicipalitiesResponse> {
    return municipalitiesFigures(this.dataSource, filter, municipality);
  }
}

@ApiTags('figures')
@Controller('figures')
export class MunicipalitiesRoute {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get('municipalities')
  @Roles('controller', 'admin')
  @ApiFigure(
    'The figures by municipality',
    MunicipalitiesResponse,
    'Unique customers, interventions, loans granted, granted and new lending volume per municipality (the customer’s latest), for the period.',
  )
  async get(@QueryParams() query: FigureQueryDto): Promise<MunicipalitiesResponse> {
    const filter = parseFilter(query);
    const freshness = await awaitFreshFigures(this.runner, query);
    return { ...(await this.queryBus.execute(new MunicipalitiesQuery(filter))), freshness };
  }

  @Get('municipalities/:municipality/summary')
  @Roles('controller', 'admin')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiFigure('A printable one-page summary for one municipality’s leadership', 'html', 'The municipality’s figures for the period, in Swedish, ready to print.')
  async summary(@Param('municipality') municipality: string, @QueryParams() query: FigureQueryDto): Promise<string> {
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (municipality.length > 100 || /[\u0000-\u001f]/.test(municipality)) refuse('invalid', 'invalid-municipality', 'municipality must be a name', 'municipality');
    const filter = parseFilter(query);
    await awaitFreshFigures(this.runner, query);
    const figures: MunicipalitiesResponse = await this.queryBus.execute(new MunicipalitiesQuery(filter, municipality));
    return municipalitySummaryHtml(municipality, figures);
  }
}
