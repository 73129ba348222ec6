import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';

export const ENGAGEMENT_GOAL = 4.0;

/** The yearly employee survey as entered, for the company or a region. */
export class EngagementEntryDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'], nullable: true, type: String, description: 'null for the survey of the whole company' }) region!: Region | null;
  @ApiProperty({ example: 4.1, description: 'Total score 1–5' }) totalScore!: number;
  @ApiProperty({ example: 76, description: 'Engagement index 0–100' }) engagementIndex!: number;
  @ApiProperty({ type: 'integer', nullable: true, example: 22, description: 'null when not entered' }) respondents!: number | null;
  @ApiProperty({ description: `totalScore ≥ the goal (${ENGAGEMENT_GOAL})` }) meetsGoal!: boolean;
}

/** Employee engagement for the calendar year of the period's last day. */
export class EngagementResponse extends FigureScopeDto {
  @ApiProperty({ type: 'integer', example: 2025, description: 'The calendar year of the period’s last day' }) year!: number;
  @ApiProperty({ type: EngagementEntryDto, nullable: true, description: 'The survey as entered for the scope asked (the company, or the region); null when none was entered' })
  result!: EngagementEntryDto | null;
  @ApiProperty({ example: ENGAGEMENT_GOAL, description: 'The goal for the total score' }) goal!: number;
  @ApiProperty({ type: [EngagementEntryDto], description: 'The regions’ own surveys, those entered, in the scope asked' }) byRegion!: EngagementEntryDto[];
}

/** Head count per age band (keys as HR enters them). */
export class DiversityAgeBandsDto {
  @ApiProperty({ type: 'integer' }) under_30!: number;
  @ApiProperty({ type: 'integer' }) from_30_to_49!: number;
  @ApiProperty({ type: 'integer' }) from_50!: number;
}

export class DiversityGenderDto {
  @ApiProperty({ type: 'integer' }) women!: number;
  @ApiProperty({ type: 'integer' }) men!: number;
  @ApiProperty({ type: 'integer' }) other!: number;
}

export class DiversityForeignBackgroundDto {
  @ApiProperty({ type: 'integer' }) yes!: number;
  @ApiProperty({ type: 'integer' }) no!: number;
  @ApiProperty({ type: 'integer' }) unknown!: number;
}

/** Shares 0..1 of the head count; null when there is nothing to divide by. */
export class DiversitySharesDto {
  @ApiProperty({ nullable: true, type: Number, example: 0.55 }) women!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Of those whose background is known' }) foreignBackground!: number | null;
  @ApiProperty({ nullable: true, type: Number }) under30!: number | null;
  @ApiProperty({ nullable: true, type: Number }) from50!: number | null;
}

/** HR's yearly aggregates for the company or a region (never per person). */
export class DiversityEntryDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'], nullable: true, type: String, description: 'null for the whole company' }) region!: Region | null;
  @ApiProperty({ type: 'integer', description: 'The sum of the age bands' }) headcount!: number;
  @ApiProperty({ type: DiversityAgeBandsDto }) ageBands!: DiversityAgeBandsDto;
  @ApiProperty({ type: DiversityGenderDto }) gender!: DiversityGenderDto;
  @ApiProperty({ type: DiversityForeignBackgroundDto }) foreignBackground!: DiversityForeignBackgroundDto;
  @ApiProperty({ type: DiversitySharesDto }) shares!: DiversitySharesDto;
}

/** Employee diversity for the calendar year of the period's last day, beside the board's goals. */
export class DiversityResponse extends FigureScopeDto {
  @ApiProperty({ type: 'integer', example: 2025, description: 'The calendar year of the period’s last day' }) year!: number;
  @ApiProperty({ type: DiversityEntryDto, nullable: true, description: 'The aggregates entered for the scope asked; null when none were entered' })
  result!: DiversityEntryDto | null;
  @ApiProperty({ type: [DiversityEntryDto], description: 'The regions’ own aggregates, those entered, in the scope asked' }) byRegion!: DiversityEntryDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { employee_women_share: 0.5 },
    description: 'The board’s goals: the targets set for the year and scope, by metric (employee_*_share)',
  })
  goals!: Record<string, number>;
}
