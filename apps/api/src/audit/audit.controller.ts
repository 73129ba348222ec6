import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { formatPosition, type PostgresEventStore, type RecordedEvent } from '#libs/event-store';
import { EVENT_STORE, PersonalDataCodec, Roles } from '#libs/platform';
import { ClosedPeriods, type IssuedReportChanged } from './closed-periods.js';

export interface AuditEntry {
  streamId: string;
  revision: number;
  position: string;
  type: string;
  schemaVersion: number;
  recordedAt: string;
  recordedBy: string;
  correlationId: string;
  causationId: string;
  /** The event's business date, the day it was recorded (Sweden), and the days between: what was back-dated. */
  businessDate: string | null;
  recordedOn: string;
  backdatedDays: number | null;
  /** The issued reports whose period holds the business date and that were issued before this event was recorded. */
  changesIssuedReports: readonly IssuedReportChanged[];
  data: unknown;
}

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
  @ApiOkResponse({ description: 'The events in stream order' })
  @ApiNotFoundResponse({ description: 'No such stream' })
  async stream(@Param('streamId') streamId: string): Promise<{ streamId: string; events: AuditEntry[] }> {
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new NotFoundException(`No stream ${streamId}`);
    return { streamId, events: await this.entries(events) };
  }

  @Get('events')
  @ApiOperation({ summary: 'All events recorded under one correlation id (one request, or one seed run), in global order' })
  @ApiQuery({ name: 'correlationId', required: true })
  @ApiOkResponse({ description: 'The events in global order (at most 1000)' })
  async byCorrelation(@Query('correlationId') correlationId: string): Promise<{ correlationId: string; events: AuditEntry[] }> {
    if (!correlationId) throw new NotFoundException('Give ?correlationId=');
    const events = await this.store.readCorrelated(correlationId);
    return { correlationId, events: await this.entries(events) };
  }

  private async entries(events: RecordedEvent[]): Promise<AuditEntry[]> {
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
