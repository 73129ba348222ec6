import { ApiProperty } from '@nestjs/swagger';
import type { IssuedReportChanged } from './closed-periods.js';

/** An issued report a recorded event changes: its period holds the event's business date, and it was issued before the event was recorded. */
export class ChangedIssuedReportDto implements IssuedReportChanged {
  @ApiProperty({ example: '2026-Q1', description: "The report's period: '2026-Q1' or '2026-year'" }) report!: string;
  @ApiProperty({ enum: ['vastmanland', 'orebro'], nullable: true, type: String, description: 'null for both regions together' }) region!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ example: '2026-04-10T08:00:00.000Z', description: 'When the report was issued (ISO timestamp)' }) issuedAt!: string;
}

/** One recorded event as the audit trail shows it: who, when, under which correlation; personal fields masked. */
export class AuditEntryDto {
  @ApiProperty({ example: 'advisory-session-anna-2026-03-02-a' }) streamId!: string;
  @ApiProperty({ type: 'integer', example: 0, description: 'The event’s revision in its stream, from 0' }) revision!: number;
  @ApiProperty({ example: '1234-5', description: 'The event’s global position (<commit>-<prepare>)' }) position!: string;
  @ApiProperty({ example: 'AdvisorySessionLogged' }) type!: string;
  @ApiProperty({ type: 'integer', example: 1 }) schemaVersion!: number;
  @ApiProperty({ example: '2026-03-02T09:15:00.000Z', description: 'When the event was recorded (ISO timestamp)' }) recordedAt!: string;
  @ApiProperty({ example: 'advisor-anna', description: 'The user id that recorded it' }) recordedBy!: string;
  @ApiProperty({ description: 'The request (or seed run) that recorded it' }) correlationId!: string;
  @ApiProperty({ description: 'What caused it: the command id' }) causationId!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-02', description: 'The event’s business date; null for an event without one (a role change, an issued report)' })
  businessDate!: string | null;
  @ApiProperty({ example: '2026-03-02', description: 'The day it was recorded, in Sweden' }) recordedOn!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 0, description: 'Days from the business date to the record date: what was back-dated; null without a business date' })
  backdatedDays!: number | null;
  @ApiProperty({ type: [ChangedIssuedReportDto], description: 'The issued reports whose period holds the business date and that were issued before this event was recorded' })
  changesIssuedReports!: readonly ChangedIssuedReportDto[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s data as recorded, personal fields masked' }) data!: unknown;
}

export class AuditStreamResponse {
  @ApiProperty({ example: 'advisory-session-anna-2026-03-02-a' }) streamId!: string;
  @ApiProperty({ type: [AuditEntryDto], description: 'The events in stream order' }) events!: AuditEntryDto[];
}

export class AuditCorrelationResponse {
  @ApiProperty({ example: 'session-retry-1' }) correlationId!: string;
  @ApiProperty({ type: [AuditEntryDto], description: 'The events in global order (at most 1000)' }) events!: AuditEntryDto[];
}
