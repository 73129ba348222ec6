import { Body, ConflictException, Controller, Get, HttpCode, Inject, NotFoundException, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ProblemDetailsDto, Roles } from '#libs/platform';
import { MAX_READ_YOUR_WRITES_MS, PROJECTION_RUNNER, readYourWrites, type ProjectionRunner } from '#libs/projections';
import { ProjectionRebuilds } from './projection-rebuilds.service.js';
import { ProjectionsStatusResponse } from './projections.response.js';
import { RebuildProjectionsDto } from './rebuild-projections.dto.js';

@ApiTags('projections')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid bearer token' })
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'The role does not allow it' })
@Controller('projections')
export class ProjectionsController {
  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(ProjectionRebuilds) private readonly rebuilds: ProjectionRebuilds,
  ) {}

  @Get()
  @Roles('admin', 'controller')
  @ApiOperation({
    summary: 'Where each read model is: checkpoint, head, lag in events and seconds, rebuild progress',
    description: 'Roles: admin, controller. With ?position= it first waits until every projection has applied that position.',
  })
  @ApiQuery({ name: 'position', required: false, description: 'A position a command answered (<commit>-<prepare>): wait for it first' })
  @ApiQuery({ name: 'waitMs', required: false, description: `How long to wait for the position (default 5000, at most ${MAX_READ_YOUR_WRITES_MS})` })
  @ApiOkResponse({ type: ProjectionsStatusResponse, description: 'One entry per projection' })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'position or waitMs malformed' })
  @ApiServiceUnavailableResponse({ type: ProblemDetailsDto, description: 'The read models did not reach the position in time' })
  async status(@Query('position') position?: string, @Query('waitMs') waitMs?: string): Promise<ProjectionsStatusResponse> {
    await readYourWrites(this.runner, position, waitMs);
    return { projections: await this.runner.status(), rebuild: this.rebuilds.last ?? null };
  }

  @Post('rebuild')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Rebuild one projection (or all) from the first event, beside the live tables, then switch them in',
    description: 'Roles: admin. Answers at once; follow the progress on GET /projections. Queries keep reading the live tables meanwhile.',
  })
  @ApiAcceptedResponse({ description: 'Started', schema: { example: { started: ['loans'], startedAt: '2026-05-01T08:00:00.000Z' } } })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No projection of that name' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'A rebuild is already running' })
  async rebuild(@Body() body: RebuildProjectionsDto): Promise<{ started: readonly string[]; startedAt: string }> {
    if (body.name !== undefined && !this.runner.names.includes(body.name)) {
      throw new NotFoundException({ message: `No projection ${body.name}; known: ${this.runner.names.join(', ')}`, code: 'projection-not-found' });
    }
    const conflict = (names: readonly string[]): ConflictException =>
      new ConflictException({ message: `A rebuild is already running (${names.join(', ')}); wait for it to finish`, code: 'rebuild-in-progress' });
    if (this.rebuilds.busy) throw conflict(this.rebuilds.last?.projections ?? []);
    // Another api or projector process may be rebuilding: the runner's status sees its lock.
    const elsewhere = (await this.runner.status()).filter((status) => status.rebuilding).map((status) => status.name);
    if (elsewhere.length > 0) throw conflict(elsewhere);
    const run = this.rebuilds.tryStart(body.name === undefined ? this.runner.names : [body.name]);
    if (!run) throw conflict(this.rebuilds.last?.projections ?? []);
    return { started: run.projections, startedAt: run.startedAt };
  }
}
