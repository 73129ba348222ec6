import { ApiProperty } from '@nestjs/swagger';
import { FigureScopeDto } from '../../figures.js';

export const FOCUS_INDEX_ATTRIBUTES = ['women_led', 'foreign_background', 'early_stage'] as const;
export type FocusIndexAttribute = (typeof FOCUS_INDEX_ATTRIBUTES)[number];

/** One focus group's term of the index. */
export class FocusIndexTermDto {
  @ApiProperty({ enum: FOCUS_INDEX_ATTRIBUTES, example: 'women_led' }) attribute!: FocusIndexAttribute;
  @ApiProperty({ type: 'integer', description: 'Unique customers with the attribute' }) yes!: number;
  @ApiProperty({ type: 'integer', description: 'Unique customers whose attribute is known (yes or no)' }) known!: number;
  @ApiProperty({ type: 'integer', description: 'Unique customers whose attribute is not known' }) unknown!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.42, description: 'yes ÷ known (0..1); null when none is known' }) share!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.31,
    description: 'The business population’s share for the period’s year (both regions: weighted by each region’s known count); null when a benchmark is missing',
  })
  benchmark!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'share ÷ benchmark; null when either is missing or the benchmark is 0' }) ratio!: number | null;
}

/** Focus-group index (Index fokusgrupper) over the period's unique customers. */
export class FocusGroupIndexResponse extends FigureScopeDto {
  @ApiProperty({ type: 'integer', example: 2025, description: 'The year of the benchmarks: the calendar year of the period’s last day' }) benchmarkYear!: number;
  @ApiProperty({ type: 'integer', description: 'The period’s unique customers (advisory and loans together)' }) customers!: number;
  @ApiProperty({ type: [FocusIndexTermDto], description: 'One term per focus group: women_led, foreign_background, early_stage' }) terms!: FocusIndexTermDto[];
  @ApiProperty({ nullable: true, type: Number, description: '100 × the mean of the three ratios; null when one lacks data' }) index!: number | null;
  @ApiProperty({ example: 100, description: 'Above 100 the focus groups are better represented than in the business population' }) goal!: number;
}
