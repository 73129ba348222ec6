import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import type { FigureFilter, Period, PeriodKind, Quarter } from './period.js';

/**
 * What the figure functions need from the read-model database: a parameterised statement that
 * resolves to its rows. The read-model TypeORM DataSource is one.
 */
export interface ReadModelSql {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** A fraction 0..1, or null when there is nothing to divide by. */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** SQL sums come back null over no rows. */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export class PeriodDto {
  @ApiProperty({ enum: ['year', 'quarter', 'month', 'range'], description: 'A range that is exactly a calendar year, quarter or month is reported as that' })
  kind!: PeriodKind;
  @ApiProperty({ example: '2025-01-01', description: 'First business date included' })
  from!: string;
  @ApiProperty({ example: '2025-12-31', description: 'Last business date included' })
  to!: string;
  @ApiProperty({ example: '2025', description: "'2025', '2025-Q1', '2025-03' or '2025-01-15..2025-02-14'" })
  label!: string;
  @ApiProperty({ example: 2025, description: 'The calendar year of the last day' })
  year!: number;
  @ApiProperty({ required: false, enum: [1, 2, 3, 4] })
  quarter?: Quarter;
  @ApiProperty({ required: false, minimum: 1, maximum: 12 })
  month?: number;
}

/** What a figure answer includes, against the store's head when the request arrived. */
export class FreshnessDto {
  @ApiProperty({ example: '1234-5', description: 'The lowest checkpoint of the read models: every event up to this position is in the figures' })
  position!: string;
  @ApiProperty({ example: '1234-5', description: "The store's head when the request arrived" })
  head!: string;
  @ApiProperty({ example: 0, description: 'Events recorded before the request that the figures do not include' })
  lagEvents!: number;
  @ApiProperty({ example: 0, description: 'Record-time distance from the last event included to the head, in seconds' })
  lagSeconds!: number;
  @ApiProperty({ example: true, description: 'true when every event recorded before the request is in the figures (false only with ?stale=ok)' })
  complete!: boolean;
}

/** Every figure group answers with the period and region it covers. */
export class FigureScopeDto {
  @ApiProperty({
    type: FreshnessDto,
    required: true,
    description:
      'What the figures include. By default the request waits (up to waitMs, default 5000) until the read models hold everything recorded before it; past that 503, or with ?stale=ok the figures as they are, with complete: false',
  })
  freshness?: FreshnessDto;

  @ApiProperty({ type: PeriodDto })
  period!: PeriodDto;
  @ApiProperty({ enum: ['vastmanland', 'orebro'], nullable: true, type: String, description: 'The region asked for; null for both together' })
  region!: Region | null;
}

/** A company figure answers with the period it covers; the region asked for does not cut it. */
export class CompanyFigureScopeDto {
  @ApiProperty({ type: FreshnessDto, required: true, description: 'What the figures include, as for every figure group' })
  freshness?: FreshnessDto;

  @ApiProperty({ type: PeriodDto })
  period!: PeriodDto;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Always null: a company figure, whatever region was asked for' })
  region!: null;
}

export const scopeOf = (filter: FigureFilter): { period: Period; region: Region | null } => ({ period: filter.period, region: filter.region ?? null });
