import { ApiProperty } from '@nestjs/swagger';
import { FreshnessDto, PeriodDto } from '#libs/scorecard';
import { REPORT_SECTIONS } from '../../domain/report-figure.js';

export class FigureLabelDto {
  @ApiProperty({ example: 'Nyutlåningsvolym' }) sv!: string;
  @ApiProperty({ example: 'New lending volume' }) en!: string;
}

export class ReportFigureCommentDto {
  @ApiProperty() comment!: string;
  @ApiProperty() recordedBy!: string;
}

export class ReportFigureDto {
  @ApiProperty({ example: 'new_lending_volume', description: 'A scorecard metric key, or a supporting figure’s dotted key (outstanding_principal, mentor_pairs.active, …)' })
  metric!: string;
  @ApiProperty({ enum: REPORT_SECTIONS, description: 'goals_* sections hold every directive goal by scorecard perspective (target: the board’s, else the directive’s level)' }) section!: string;
  @ApiProperty({ type: FigureLabelDto }) label!: FigureLabelDto;
  @ApiProperty({ enum: ['count', 'ore', 'share', 'percent', 'minutes', 'number'], description: 'Shares are fractions 0..1; return on lending is a percent number; money is öre' }) unit!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null when it has no value (a share of nothing)' }) outcome!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The board’s target for exactly this period and region; null when none' }) target!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'outcome − target' }) deviation!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'deviation ÷ target × 100; null when the target is 0' }) deviationPercent!: number | null;
  @ApiProperty({ type: ReportFigureCommentDto, nullable: true, description: 'The controller’s comment on the deviation, for this period and region' }) comment!: ReportFigureCommentDto | null;
}

export class SignificantActionsDto {
  @ApiProperty() text!: string;
  @ApiProperty() recordedBy!: string;
}

export class ReportResponse {
  @ApiProperty({ enum: ['quarterly', 'yearly'] }) kind!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ nullable: true, type: Number, enum: [1, 2, 3, 4] }) quarter!: number | null;
  @ApiProperty({ nullable: true, type: String, enum: ['vastmanland', 'orebro'], description: 'null: both regions together' }) region!: string | null;
  @ApiProperty({ type: PeriodDto }) period!: PeriodDto;
  @ApiProperty({ nullable: true, type: String, example: '1234-5', description: 'Every read model had applied all events up to this position in the snapshot the figures were read from' })
  readModelsAt!: string | null;
  @ApiProperty({ type: [ReportFigureDto], description: 'Every figure, area by area: the scorecard metrics and the figures that explain them' }) figures!: ReportFigureDto[];
  @ApiProperty({ type: FreshnessDto, required: false, description: 'What the figures include (on the answer of GET /reports/*; not inside a comparison\'s current)' })
  freshness?: FreshnessDto;
  @ApiProperty({ type: SignificantActionsDto, nullable: true, description: 'Yearly reports: significant actions taken because of the directive, as the controller wrote them' })
  significantActions!: SignificantActionsDto | null;
}

export class IssuedReportDto {
  @ApiProperty({ example: 'report-2026-Q1' }) streamId!: string;
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ example: '1234-5', description: 'The store’s head, reached by every read model, when the figures were computed' }) position!: string;
  @ApiProperty() issuedBy!: string;
  @ApiProperty({ example: '2026-04-15' }) issuedOn!: string;
  @ApiProperty({ example: '2026-04-15T09:12:00.000Z' }) issuedAt!: string;
  @ApiProperty({ type: [ReportFigureDto], description: 'The figures exactly as issued' }) figures!: ReportFigureDto[];
}

export class FigureValuesDto {
  @ApiProperty({ nullable: true, type: Number }) outcome!: number | null;
  @ApiProperty({ nullable: true, type: Number }) target!: number | null;
  @ApiProperty({ nullable: true, type: Number }) deviation!: number | null;
  @ApiProperty({ nullable: true, type: Number }) deviationPercent!: number | null;
  @ApiProperty({ type: ReportFigureCommentDto, nullable: true }) comment!: ReportFigureCommentDto | null;
}

export class FigureDifferenceDto {
  @ApiProperty() metric!: string;
  @ApiProperty() section!: string;
  @ApiProperty({ type: FigureLabelDto }) label!: FigureLabelDto;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: FigureValuesDto, nullable: true, description: 'null when the issued report did not have the figure' }) issued!: FigureValuesDto | null;
  @ApiProperty({ type: FigureValuesDto, nullable: true, description: 'null when the figure is gone now' }) current!: FigureValuesDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'current outcome − issued outcome' }) outcomeDifference!: number | null;
  @ApiProperty({ description: 'Outcome, target or comment differ' }) changed!: boolean;
}

/** With ?issued=: what was reported, what is true now, and the difference per figure. */
export class ReportComparisonResponse {
  @ApiProperty({ enum: ['quarterly', 'yearly'] }) kind!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ nullable: true, type: Number }) quarter!: number | null;
  @ApiProperty({ nullable: true, type: String }) region!: string | null;
  @ApiProperty({ type: IssuedReportDto }) issued!: IssuedReportDto;
  @ApiProperty({ type: ReportResponse }) current!: ReportResponse;
  @ApiProperty({ type: [FigureDifferenceDto] }) differences!: FigureDifferenceDto[];
  @ApiProperty({ description: 'How many figures differ' }) changed!: number;
  @ApiProperty({ type: FreshnessDto, description: "What today's figures include" }) freshness!: FreshnessDto;
}
