import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { formatPosition, type PostgresEventStore, type RecordedEvent } from '#libs/event-store';
import { EVENT_STORE, PersonalDataCodec, Roles } from '#libs/platform';
import { AuditCorrelationResponse, AuditStreamResponse, type AuditEntryDto } from './audit.response.js';
import { ClosedPeriods } from './closed-periods.js';

/**
 * Every figure can be traced to the events behind it: who recorded each, when, and under which
 * correlation id. Personal fields are masked here; they are used only in aggregates.
 */
@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid token' })
@ApiForbiddenResponse({ description: 'Not an admin or controller' })
@Roles('admin', 'controller')
@Controller('audit')
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(PersonalDataCodec) private readonly codec: PersonalDataCodec,
    private readonly closedPeriods: ClosedPeriods,
  ) {}

  @Get('streams/:streamId')
  @ApiOperation({ summary: "A stream's events with who recorded each, when, and the correlation id" })
  @ApiOkResponse({ type: AuditStreamResponse, description: 'The events in stream order' })
  @ApiNotFoundResponse({ description: 'No such stream' })
  async stream(@Param('streamId') streamId: string): Promise<AuditStreamResponse> {
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new NotFoundException(`No stream ${streamId}`);
    return { streamId, events: await this.entries(events) };
  }

  @Get('events')
  @ApiOperation({ summary: 'All events recorded under one correlation id (one request, or one seed run), in global order' })
  @ApiQuery({ name: 'correlationId', required: true })
  @ApiOkResponse({ type: AuditCorrelationResponse, description: 'The events in global order (at most 1000)' })
  async byCorrelation(@Query('correlationId') correlationId: string): Promise<AuditCorrelationResponse> {
    if (!correlationId) throw new NotFoundException('Give ?correlationId=');
    const events = await this.store.readCorrelated(correlationId);
    return { correlationId, events: await this.entries(events) };
  }

  private async entries(events: RecordedEvent[]): Promise<AuditEntryDto[]> {
    const masked = await this.codec.mask(events);
    const backDating = await this.closedPeriods.backDatingOf(events);
    return masked.map((e, i) => ({
      streamId: e.streamId,
      revision: e.revision,
      position: formatPosition(e.position),
      type: e.type,
      schemaVersion: e.schemaVersion,
      recordedAt: e.recordedAt.toISOString(),
      recordedBy: e.metadata.userId,
      correlationId: e.metadata.correlationId,
      causationId: e.metadata.causationId,
      ...backDating[i]!,
      data: e.data,
    }));
  }
}
