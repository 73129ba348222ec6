import { ApiProperty } from '@nestjs/swagger';
import { FigureScopeDto } from '../../figures.js';

export class TargetScopeDto {
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ enum: [0, 1, 2, 3, 4], description: '0 = the whole year' }) quarter!: number;
  @ApiProperty({ example: '', description: "The region, or '' for both together" }) region!: string;
}

export class DeviationCommentDto {
  @ApiProperty() comment!: string;
  @ApiProperty() recordedBy!: string;
}

export class TargetOutcomeDto {
  @ApiProperty({ example: 'new_lending_volume' }) metric!: string;
  @ApiProperty({
    enum: ['count', 'ore', 'share', 'percent', 'number'],
    description: 'Shares are fractions 0..1; return on lending is a percent number; number: an index, a score or months',
  })
  unit!: string;
  @ApiProperty({ description: 'The board’s target' }) target!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The metric for the same period and region; null when it has no value (a share of nothing)' })
  outcome!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'outcome − target' }) deviation!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'deviation ÷ target × 100; null when the target is 0' }) deviationPercent!: number | null;
  @ApiProperty({ type: DeviationCommentDto, nullable: true, description: 'The controller’s comment on this scope, if any' }) comment!: DeviationCommentDto | null;
}

/** Figure 13: targets against outcome. */
export class TargetsResponse extends FigureScopeDto {
  @ApiProperty({
    type: TargetScopeDto,
    nullable: true,
    description: 'The target scope the period matches exactly (a calendar year or quarter); null for a month or another range, which has no targets',
  })
  scope!: TargetScopeDto | null;
  @ApiProperty({ type: [TargetOutcomeDto], description: 'In the order of the metric catalogue' }) targets!: TargetOutcomeDto[];
}
